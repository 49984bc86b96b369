"use client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  return (
    <div className="form-error" role="alert">
      <h1>Something went wrong</h1>
      <p>The page could not be loaded. The error has been logged on the server.</p>
      <button className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
