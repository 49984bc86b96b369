// A JSON answer that keeps its body as the string it was written as, so handleRoute's redaction
// and ETag read that string instead of decoding the Response's stream and wrapping the bytes in
// new Responses: one JSON.stringify, one hash, one Response (bench:data's paged JSON).
const BODIES = new WeakMap<Response, string>();

export function jsonAnswer(data: unknown, init: ResponseInit = {}): Response {
  const text = JSON.stringify(data);
  const headers = new Headers(init.headers);
  if (!headers.has("content-type")) headers.set("content-type", "application/json");
  const res = new Response(text, { ...init, headers });
  BODIES.set(res, text);
  return res;
}

/** The body of a jsonAnswer as written; undefined for any other Response. */
export const jsonAnswerBody = (res: Response): string | undefined => BODIES.get(res);
