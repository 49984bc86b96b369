// Renaming an outlet or a source onto a name another one already has (in any letter case) is
// refused: the two are one, and should be merged instead.
import { errorText } from "../i18n/error-text";
import { AppError } from "../errors";

export function refuseTakenName(clash: { name: string } | null, table: "outlet" | "source"): void {
  if (!clash) return;
  throw new AppError("validation_failed", errorText(table === "outlet" ? "outletExists" : "sourceExists", clash), {
    name: [errorText("nameTakenMerge", clash)],
  });
}
