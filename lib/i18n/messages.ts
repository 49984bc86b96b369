// The catalogues, one per locale. English is the reference: its shape types every key
// (global.d.ts), and tests/unit/i18n-catalogues.test.ts fails when the others differ.
import en from "@/messages/en.json";
import es from "@/messages/es.json";
import type { Locale } from "./locales";

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, es };
