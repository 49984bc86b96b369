// The If-Match header of the JSON API's writes: the version the caller edited. `If-Match: 3`,
// `"3"` or `W/"3"` → 3; absent → undefined, or 428 where the route requires it.
import { z } from "zod";
import { AppError } from "../errors";
import { parseInput } from "../validate";

const MISSING = "Send If-Match with the version you edited (the observation's `version`).";

/** Documents the header in the OpenAPI document, and parses it. */
export const ZIfMatch = z
  .string({ error: MISSING })
  .regex(/^(W\/)?"?\d{1,9}"?$/, "If-Match must be the observation's version, e.g. 3.")
  .transform((v) => Number(v.replace(/^W\//, "").replace(/"/g, "")));

export function readIfMatch(req: Request, opts: { isRequired: true }): number;
export function readIfMatch(req: Request, opts?: { isRequired?: boolean }): number | undefined;
export function readIfMatch(req: Request, opts: { isRequired?: boolean } = {}): number | undefined {
  const header = req.headers.get("if-match");
  if (header === null) {
    if (opts.isRequired) throw new AppError("precondition_required", MISSING);
    return undefined;
  }
  return parseInput(z.object({ "If-Match": ZIfMatch }), { "If-Match": header })["If-Match"];
}
