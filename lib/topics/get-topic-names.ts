import "server-only";
// Every topic's names in the other interface languages (a small table: one row per topic and language).
import type { DbOrTx } from "../db/client";
import { getReadDb } from "../db/read-db";
import { TRANSLATED_LOCALES, type TranslatedLocale } from "../figures/figure-dto";
import type { TopicNames } from "./topic-names";

export async function getTopicNames(opts: { db?: DbOrTx }): Promise<TopicNames> {
  const db = opts.db ?? (await getReadDb());
  const rows = await db.topicTranslation.findMany({
    where: { locale: { in: [...TRANSLATED_LOCALES] } },
    select: { topic: true, locale: true, name: true },
  });
  const names: TopicNames = {};
  for (const r of rows) (names[r.topic] ??= {})[r.locale as TranslatedLocale] = r.name;
  return names;
}
