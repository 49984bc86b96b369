"use client";
// The root layout itself failed (it reads the session, so a lost database lands here): a page of
// its own, since the layout is what broke, that tries again by itself.
import { useEffect } from "react";

export default function GlobalError({ reset }: { error: Error; reset: () => void }) {
  useEffect(() => {
    const timer = setTimeout(reset, 5_000);
    return () => clearTimeout(timer);
  }, [reset]);
  return (
    <html lang="en">
      <body>
        <main id="main" className="form-error" role="alert">
          <h1>Tally could not load this page</h1>
          <p>This is usually the database restarting; nothing saved is lost. Trying again in a few seconds…</p>
          <button className="button" onClick={reset}>
            Try again now
          </button>
        </main>
      </body>
    </html>
  );
}
