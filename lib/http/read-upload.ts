// An uploaded file's bytes, refusing more than `limit` before reading it all when the client
// says its size, and while reading when it does not.
import { AppError } from "../errors";

export async function readUpload(req: Request, limit: number): Promise<Uint8Array> {
  const tooBig = () =>
    new AppError(
      "payload_too_large",
      `The file is larger than the ${Math.round(limit / 1048576)} MB limit. Split it into smaller files.`,
    );
  const declared = Number(req.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooBig();
  if (!req.body) throw new AppError("bad_request", "Send the CSV file as the request body.");
  const parts: Uint8Array[] = [];
  let size = 0;
  for await (const part of req.body as unknown as AsyncIterable<Uint8Array>) {
    size += part.byteLength;
    if (size > limit) throw tooBig();
    parts.push(part);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}
