// What anonymous readers do not get (SECURITY.md, "What is public"): account ids and the desk's
// internal notes. Applied by handleRoute to every JSON read made without a session or token, so
// no route can forget it; the fields stay in the shape, as null.
import { jsonAnswer, jsonAnswerBody } from "./json-answer";
export const INTERNAL_FIELDS = [
  "loggedById",
  "checkComment",
  "acknowledgeNote",
  "resolveNote",
  "actorId",
  "acknowledgedById",
  "resolvedById",
];

export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = INTERNAL_FIELDS.includes(k) ? null : redactValue(v);
    return out;
  }
  return value;
}

/**
 * An internal field with a value other than null, as JSON.stringify writes it. A field name
 * inside a string value is escaped (`\"loggedById\":`) and does not match; anything unusual
 * (spaces, pretty-printing) matches and takes the full path, so a miss only ever costs time.
 */
const HAS_INTERNAL_VALUE = new RegExp(`"(?:${INTERNAL_FIELDS.join("|")})":(?!null[,}\\]])`);

export async function redactForAnonymous(res: Response): Promise<Response> {
  if (res.status !== 200 && res.status !== 201) return res;
  if (!(res.headers.get("content-type") ?? "").includes("application/json")) return res;
  // A jsonAnswer's body is known: when nothing is to be redacted, the same Response goes on.
  const known = jsonAnswerBody(res);
  if (known !== undefined) {
    if (!HAS_INTERNAL_VALUE.test(known)) return res;
    return jsonAnswer(redactValue(JSON.parse(known)), { status: res.status, headers: res.headers });
  }
  const text = await res.text();
  // Verbs that know the reader is anonymous leave these fields null already (the public paged
  // JSON does): then the body goes out as it came, not parsed, walked and written again.
  const body = HAS_INTERNAL_VALUE.test(text) ? JSON.stringify(redactValue(JSON.parse(text))) : text;
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  return new Response(body, { status: res.status, headers });
}
