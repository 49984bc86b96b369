import "server-only";
// Every topic the desk uses (on figures and events), with its Spanish name and how many figures
// carry it: Manage → Topics.
import { getDb, type DbOrTx } from "../db/client";

export type TopicRow = { topic: string; nameEs: string; version: number; figureCount: number };

export async function listTopics(opts: { db?: DbOrTx }): Promise<TopicRow[]> {
  const db = opts.db ?? getDb();
  return db.$queryRaw<TopicRow[]>`
    WITH used AS (
      SELECT unnest(topics) AS topic, 1 AS n FROM figure
      UNION ALL SELECT topic, 0 FROM event WHERE topic IS NOT NULL
      UNION ALL SELECT topic, 0 FROM topic_translation)
    SELECT u.topic, coalesce(t.name, '') AS "nameEs", coalesce(t.version, 0) AS version, sum(u.n)::int AS "figureCount"
      FROM used u LEFT JOIN topic_translation t ON t.topic = u.topic AND t.locale = 'es'
     GROUP BY u.topic, t.name, t.version
     ORDER BY u.topic`;
}
