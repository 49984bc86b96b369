// The languages the parser reads. Adding one: write ./xx.ts after ./en.ts and list it here.
import { en } from "./en";
import { es } from "./es";
import type { Lexicon } from "./types";

export const LEXICONS = { en, es } satisfies Record<string, Lexicon>;
export type Lang = keyof typeof LEXICONS;
export const LANGS = Object.keys(LEXICONS) as Lang[];
export const DEFAULT_LANG: Lang = "en";
export type { Lexicon };
