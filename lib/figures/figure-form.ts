// The contract of the figure forms (Manage → Figures, and "New figure" on /log): field names and
// their labels (keys of the `forms.figure` messages), and form → the input createFigure and
// updateFigure validate. Topics are typed comma-separated; a blank Spanish title removes the translation.
import { readForm } from "../http/read-form";

/** In form order; `slug` only when creating (links to a figure must keep working). */
export const FIGURE_FIELDS = [
  "title",
  "slug",
  "unit",
  "kind",
  "topics",
  "description",
  "titleEs",
  "descriptionEs",
] as const;
export type FigureFieldName = (typeof FIGURE_FIELDS)[number];

export function figureFormToInput(form: FormData): Record<string, unknown> {
  const { topics, description, ...rest } = readForm(form);
  return {
    ...rest,
    description: description ?? "",
    topics:
      topics === undefined
        ? undefined
        : topics
            .split(",")
            .map((t) => t.trim())
            .filter(Boolean),
  };
}
