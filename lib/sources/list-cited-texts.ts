import "server-only";
// What editors confirm: each cited text as written, how many reports use it, and the source it is
// linked to (proposed or confirmed). Unconfirmed first, most used first; at most 200.
import { getDb, type DbOrTx } from "../db/client";
import type { SourceKind } from "./directory";

export type CitedText = {
  text: string;
  uses: number;
  source: { id: string; name: string; kind: SourceKind } | null;
  isConfirmed: boolean;
};

export async function listCitedTexts(opts: { db?: DbOrTx }): Promise<CitedText[]> {
  const db = opts.db ?? getDb();
  const rows = await db.$queryRaw<
    {
      text: string;
      uses: number;
      source_id: string | null;
      name: string | null;
      kind: SourceKind | null;
      confirmed: boolean;
    }[]
  >`
    SELECT c.text, count(*)::int AS uses, s.id::text AS source_id, s.name, s.kind::text AS kind,
           bool_and(coalesce(ct.is_confirmed, false)) AS confirmed
      FROM observation o
     CROSS JOIN LATERAL unnest(o.cited_sources) WITH ORDINALITY c(text, i)
      LEFT JOIN citation ct ON ct.observation_id = o.id AND ct.position = c.i - 1
      LEFT JOIN source s ON s.id = ct.source_id
     GROUP BY c.text, s.id, s.name, s.kind
     ORDER BY bool_and(coalesce(ct.is_confirmed, false)), count(*) DESC, c.text
     LIMIT 200`;
  return rows.map((r) => ({
    text: r.text,
    uses: r.uses,
    source: r.source_id ? { id: r.source_id, name: r.name!, kind: r.kind! } : null,
    isConfirmed: r.confirmed,
  }));
}
