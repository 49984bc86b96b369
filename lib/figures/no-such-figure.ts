// "There is no figure “x”." (apiErrors noFigure): the one answer for a slug no figure has, or one
// that could not be a figure's slug at all (then nothing is looked up).
import { AppError } from "../errors";
import { errorText } from "../i18n/error-text";
import { ZSlug } from "./schemas";

export const noSuchFigure = (slug: string) => new AppError("not_found", errorText("noFigure", { slug }));

/** `slug` if it could be a figure's; otherwise there is no such figure. */
export function figureSlugOrNotFound(slug: string): string {
  const parsed = ZSlug.safeParse(slug);
  if (!parsed.success) throw noSuchFigure(slug);
  return parsed.data;
}
