// The catalogues: one JSON file per locale and namespace (messages/<locale>/<namespace>.json), so
// a new page adds its own file. English is the reference: its shape types every key (global.d.ts),
// and tests/unit/i18n-catalogues.test.ts fails when the others differ.
// A new namespace: add messages/en/<ns>.json and messages/es/<ns>.json, and one line to each list.
import type { Locale } from "./locales";

import en_meta from "@/messages/en/meta.json";
import en_sources from "@/messages/en/sources.json";
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
import en_manage from "@/messages/en/manage.json";
import en_directory from "@/messages/en/directory.json";
import en_forms from "@/messages/en/forms.json";
import en_review from "@/messages/en/review.json";
import en_observation from "@/messages/en/observation.json";
import en_history from "@/messages/en/history.json";
import en_compare from "@/messages/en/compare.json";
import en_settings from "@/messages/en/settings.json";
import en_admin from "@/messages/en/admin.json";
import en_monitoringPage from "@/messages/en/monitoringPage.json";
import en_importPage from "@/messages/en/importPage.json";
import en_apiErrors from "@/messages/en/apiErrors.json";
import en_alerts from "@/messages/en/alerts.json";
import en_apiDocs from "@/messages/en/apiDocs.json";
import en_webhookEvents from "@/messages/en/webhookEvents.json";
import en_pointDetails from "@/messages/en/pointDetails.json";
import en_embed from "@/messages/en/embed.json";
import en_phone from "@/messages/en/phone.json";
import en_archive from "@/messages/en/archive.json";

import es_meta from "@/messages/es/meta.json";
import es_sources from "@/messages/es/sources.json";
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
import es_manage from "@/messages/es/manage.json";
import es_directory from "@/messages/es/directory.json";
import es_forms from "@/messages/es/forms.json";
import es_review from "@/messages/es/review.json";
import es_observation from "@/messages/es/observation.json";
import es_history from "@/messages/es/history.json";
import es_compare from "@/messages/es/compare.json";
import es_settings from "@/messages/es/settings.json";
import es_admin from "@/messages/es/admin.json";
import es_monitoringPage from "@/messages/es/monitoringPage.json";
import es_importPage from "@/messages/es/importPage.json";
import es_apiErrors from "@/messages/es/apiErrors.json";
import es_alerts from "@/messages/es/alerts.json";
import es_apiDocs from "@/messages/es/apiDocs.json";
import es_webhookEvents from "@/messages/es/webhookEvents.json";
import es_pointDetails from "@/messages/es/pointDetails.json";
import es_embed from "@/messages/es/embed.json";
import es_phone from "@/messages/es/phone.json";
import es_archive from "@/messages/es/archive.json";

const en = {
  meta: en_meta,
  sources: en_sources,
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
  manage: en_manage,
  directory: en_directory,
  forms: en_forms,
  review: en_review,
  observation: en_observation,
  history: en_history,
  compare: en_compare,
  settings: en_settings,
  admin: en_admin,
  monitoringPage: en_monitoringPage,
  importPage: en_importPage,
  apiErrors: en_apiErrors,
  alerts: en_alerts,
  apiDocs: en_apiDocs,
  webhookEvents: en_webhookEvents,
  pointDetails: en_pointDetails,
  embed: en_embed,
  phone: en_phone,
  archive: en_archive,
};

const es = {
  meta: es_meta,
  sources: es_sources,
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
  manage: es_manage,
  directory: es_directory,
  forms: es_forms,
  review: es_review,
  observation: es_observation,
  history: es_history,
  compare: es_compare,
  settings: es_settings,
  admin: es_admin,
  monitoringPage: es_monitoringPage,
  importPage: es_importPage,
  apiErrors: es_apiErrors,
  alerts: es_alerts,
  apiDocs: es_apiDocs,
  webhookEvents: es_webhookEvents,
  pointDetails: es_pointDetails,
  embed: es_embed,
  phone: es_phone,
  archive: es_archive,
} satisfies Messages;

export type Messages = typeof en;
export const MESSAGES: Record<Locale, Messages> = { en, es };
