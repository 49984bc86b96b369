// The catalogues: one JSON file per locale and namespace (messages/<locale>/<namespace>.json), so
// a new page adds its own file. English is the reference: its shape types every key (global.d.ts),
// and tests/unit/i18n-catalogues.test.ts fails when the others differ.
// A new namespace: add messages/en/<ns>.json and messages/es/<ns>.json, and one line to each list.
import type { Locale } from "./locales";

import en_meta from "@/messages/en/meta.json";
import en_layout from "@/messages/en/layout.json";
import en_language from "@/messages/en/language.json";
import en_errors from "@/messages/en/errors.json";
import en_dashboard from "@/messages/en/dashboard.json";
import en_card from "@/messages/en/card.json";
import en_figure from "@/messages/en/figure.json";
import en_table from "@/messages/en/table.json";
import en_chartData from "@/messages/en/chartData.json";
import en_chart from "@/messages/en/chart.json";
import en_log from "@/messages/en/log.json";
import en_signIn from "@/messages/en/signIn.json";
import en_logStart from "@/messages/en/logStart.json";
import en_kinds from "@/messages/en/kinds.json";
import en_headline from "@/messages/en/headline.json";
import en_phone from "@/messages/en/phone.json";
import en_archive from "@/messages/en/archive.json";

import es_meta from "@/messages/es/meta.json";
import es_layout from "@/messages/es/layout.json";
import es_language from "@/messages/es/language.json";
import es_errors from "@/messages/es/errors.json";
import es_dashboard from "@/messages/es/dashboard.json";
import es_card from "@/messages/es/card.json";
import es_figure from "@/messages/es/figure.json";
import es_table from "@/messages/es/table.json";
import es_chartData from "@/messages/es/chartData.json";
import es_chart from "@/messages/es/chart.json";
import es_log from "@/messages/es/log.json";
import es_signIn from "@/messages/es/signIn.json";
import es_logStart from "@/messages/es/logStart.json";
import es_kinds from "@/messages/es/kinds.json";
import es_headline from "@/messages/es/headline.json";
import es_phone from "@/messages/es/phone.json";
import es_archive from "@/messages/es/archive.json";

const en = {
  meta: en_meta,
  layout: en_layout,
  language: en_language,
  errors: en_errors,
  dashboard: en_dashboard,
  card: en_card,
  figure: en_figure,
  table: en_table,
  chartData: en_chartData,
  chart: en_chart,
  log: en_log,
  signIn: en_signIn,
  logStart: en_logStart,
  kinds: en_kinds,
  headline: en_headline,
  phone: en_phone,
  archive: en_archive,
};

const es = {
  meta: es_meta,
  layout: es_layout,
  language: es_language,
  errors: es_errors,
  dashboard: es_dashboard,
  card: es_card,
  figure: es_figure,
  table: es_table,
  chartData: es_chartData,
  chart: es_chart,
  log: es_log,
  signIn: es_signIn,
  logStart: es_logStart,
  kinds: es_kinds,
  headline: es_headline,
  phone: es_phone,
  archive: es_archive,
} satisfies Messages;

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, es };
