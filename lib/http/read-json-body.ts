// A request's JSON body as an object, or a 400 that says what is wrong with it.
import { AppError } from "../errors";
import { refuseNul } from "./refuse-nul";

export const MAX_JSON_BYTES = 1_000_000;

export async function readJsonBody(req: Request): Promise<Record<string, unknown>> {
  if (!(req.headers.get("content-type") ?? "").includes("application/json"))
    throw new AppError("bad_request", "Send the body as JSON with Content-Type: application/json.");
  const text = await req.text();
  if (text.length > MAX_JSON_BYTES) throw new AppError("payload_too_large", "The body is larger than 1 MB.");
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw new AppError("bad_request", "The body is not valid JSON.");
  }
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw new AppError("bad_request", "The body must be a JSON object.");
  refuseNul(body);
  return body as Record<string, unknown>;
}
