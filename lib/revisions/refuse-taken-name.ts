// Renaming an outlet or a source onto a name another one already has (in any letter case) is
// refused: the two are one, and should be merged instead.
import { AppError } from "../errors";

export function refuseTakenName(clash: { name: string } | null, what: "An outlet" | "A source"): void {
  if (!clash) return;
  throw new AppError("validation_failed", `${what} named “${clash.name}” already exists.`, {
    name: [`“${clash.name}” exists: merge the two instead.`],
  });
}
