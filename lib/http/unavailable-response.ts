import "server-only";
// The page a reader gets while the database is unreachable: 503 with Retry-After, a plain
// explanation, and a refresh that tries again by itself (no script, so no CSP exception needed).
import { UNAVAILABLE_RETRY_SECONDS } from "../errors";

const PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="refresh" content="${UNAVAILABLE_RETRY_SECONDS}">
<title>Tally is reconnecting</title></head>
<body style="font-family: system-ui, sans-serif; max-width: 36rem; margin: 4rem auto; padding: 0 1rem; line-height: 1.5">
<h1>Tally cannot reach its database right now</h1>
<p>Nothing is lost: every saved value is safe. The database is usually back within seconds;
this page tries again every ${UNAVAILABLE_RETRY_SECONDS} seconds by itself.</p>
<p>If this lasts more than a minute, tell whoever runs Tally (the server's log says why).</p>
</body></html>`;

export function unavailableResponse(): Response {
  return new Response(PAGE, {
    status: 503,
    headers: {
      "Content-Type": "text/html; charset=utf-8",
      "Retry-After": String(UNAVAILABLE_RETRY_SECONDS),
      "Cache-Control": "no-store",
    },
  });
}
