// What anonymous readers do not get (SECURITY.md, "What is public"): account ids and the desk's
// internal notes. Applied by handleRoute to every JSON read made without a session or token, so
// no route can forget it; the fields stay in the shape, as null.
export const INTERNAL_FIELDS = ["loggedById", "checkComment", "acknowledgeNote", "resolveNote", "actorId", "acknowledgedById", "resolvedById"];

export function redactValue(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactValue);
  if (value && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = INTERNAL_FIELDS.includes(k) ? null : redactValue(v);
    return out;
  }
  return value;
}

export async function redactForAnonymous(res: Response): Promise<Response> {
  if (res.status !== 200 && res.status !== 201) return res;
  if (!(res.headers.get("content-type") ?? "").includes("application/json")) return res;
  const body = redactValue(await res.json());
  const headers = new Headers(res.headers);
  headers.delete("content-length");
  return new Response(JSON.stringify(body), { status: res.status, headers });
}
