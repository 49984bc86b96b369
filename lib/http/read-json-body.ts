// A request's JSON body as an object, or a 400 that says what is wrong with it. Every JSON route
// reads its body here; `maxBytes` and `tooLarge` let a route set a tighter limit (POST /api/extract).
import { AppError } from "../errors";
import { refuseNul } from "./refuse-nul";

export const MAX_JSON_BYTES = 1_000_000;

type Options = { maxBytes?: number; tooLarge?: string; example?: string };

export async function readJsonBody(req: Request, opts: Options = {}): Promise<Record<string, unknown>> {
  const maxBytes = opts.maxBytes ?? MAX_JSON_BYTES;
  const tooLarge = opts.tooLarge ?? "The body is larger than 1 MB.";
  if (!(req.headers.get("content-type") ?? "").includes("application/json"))
    throw new AppError("bad_request", "Send the body as JSON with Content-Type: application/json.");
  // A declared length over the limit is refused before the body is read at all.
  if (Number(req.headers.get("content-length") ?? 0) > maxBytes) throw new AppError("payload_too_large", tooLarge);
  const text = await req.text();
  if (text.length > maxBytes) throw new AppError("payload_too_large", tooLarge);
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError(
      "bad_request",
      opts.example ? `The body is not valid JSON. Send JSON like ${opts.example}.` : "The body is not valid JSON.",
    );
  }
  if (typeof body !== "object" || body === null || Array.isArray(body))
    throw new AppError("bad_request", "The body must be a JSON object.");
  refuseNul(body);
  return body as Record<string, unknown>;
}
