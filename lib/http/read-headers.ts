// What every successful read gets: CORS for any origin (the data is public), its Cache-Control
// (cache-policy.ts: public for a shared cache, or private), and for JSON and images a strong ETag
// computed from the body, so `If-None-Match` answers 304 without sending it again.
import { createHash } from "node:crypto";
import type { CacheDecision } from "./cache-policy";
import { jsonAnswerBody } from "./json-answer";

export const READ_CORS = {
  "access-control-allow-origin": "*",
  "access-control-expose-headers": "ETag, Content-Disposition",
} as const;

export const isRead = (req: Request) => req.method === "GET" || req.method === "HEAD";

export function etagOf(body: string | Uint8Array): string {
  return `"${createHash("sha1").update(body).digest("base64url")}"`;
}

/** RFC 9110: weak comparison, a list of tags, or "*". */
export function matchesIfNoneMatch(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === "*") return true;
  return header.split(",").some((t) => t.trim().replace(/^W\//, "") === etag);
}

const BUFFERED_TYPES = ["application/json", "image/png", "image/svg+xml"];

export async function finishRead(req: Request, res: Response, cache: CacheDecision): Promise<Response> {
  // A jsonAnswer (json-answer.ts): its headers are set in place and its body string hashed, so the
  // body is written once and goes out in the Response the route made.
  const known = res.status === 200 ? jsonAnswerBody(res) : undefined;
  const headers = known === undefined ? new Headers(res.headers) : res.headers;
  for (const [k, v] of Object.entries(READ_CORS)) headers.set(k, v);
  if (res.status === 200 || res.status === 304) {
    if (cache.isShared) headers.set("cache-control", cache.cacheControl);
    else if (!headers.has("cache-control")) headers.set("cache-control", cache.cacheControl); // a route's own (no-store) stays
    if (cache.vary) headers.append("vary", cache.vary);
  }
  if (known !== undefined) return withEtag(req, etagOf(known), headers) ?? res;
  const type = headers.get("content-type") ?? "";
  const isBuffered = res.status === 200 && BUFFERED_TYPES.some((t) => type.includes(t));
  if (!isBuffered) return new Response(res.body, { status: res.status, headers });
  // The bytes as they are: hashed and sent again without decoding to a string and re-encoding.
  const body = new Uint8Array(await res.arrayBuffer());
  return withEtag(req, etagOf(body), headers) ?? new Response(body, { status: 200, headers });
}

/** Sets the ETag; a 304 when the request already has it, else null (send the body). */
function withEtag(req: Request, etag: string, headers: Headers): Response | null {
  headers.set("etag", etag);
  if (!matchesIfNoneMatch(req.headers.get("if-none-match"), etag)) return null;
  headers.delete("content-type");
  headers.delete("content-length");
  return new Response(null, { status: 304, headers });
}
