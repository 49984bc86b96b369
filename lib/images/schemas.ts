// What the static pictures of a chart accept: /embed/figures/:slug.png|.svg?theme=&locale=.
import { z } from "zod";
import { LOCALES } from "../i18n/locales";

export const ZFigureImageRequest = z.object({
  file: z.string().regex(/^[a-z0-9-]{1,200}\.(png|svg)$/, "Ask for <figure slug>.png or <figure slug>.svg."),
  theme: z.enum(["light", "dark"]).default("light"),
  locale: z.enum(LOCALES).optional(),
});
export type TFigureImageRequest = z.infer<typeof ZFigureImageRequest>;

/** "us-boat-strike-deaths.png" → its slug and format (after ZFigureImageRequest has passed it). */
export function splitImageFile(file: string): { slug: string; format: "png" | "svg" } {
  const dot = file.lastIndexOf(".");
  return { slug: file.slice(0, dot), format: file.slice(dot + 1) as "png" | "svg" };
}
