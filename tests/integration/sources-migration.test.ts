import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { readMigrations } from "@/lib/db/migrate";
import { createTemporaryDatabase } from "@/lib/db/temporary-database";

describe("migration sources", () => {
  it("links existing cited_sources strings to the shipped directory, keeping the text as written", async () => {
    const db = await createTemporaryDatabase({ serverUrl: inject("databaseUrl"), prefix: "tally_src" });
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const files = readMigrations();
      const at = files.findIndex((f) => f.name.endsWith("_sources"));
      for (const f of files.slice(0, at)) await client.query(f.sql);
      const {
        rows: [ids],
      } = await client.query(`
        WITH f AS (INSERT INTO figure (slug, title, unit, kind) VALUES ('toll', 'Toll', 'people', 'cumulative') RETURNING id),
             ol AS (INSERT INTO outlet (slug, name) VALUES ('paper', 'Paper') RETURNING id)
        SELECT f.id AS figure, ol.id AS outlet FROM f, ol`);
      const chains = [["AFP tallies", "U.S. figures"], ["según la AFP"], ["Ministerio de Defensa"], ["a fisherman"]];
      for (const chain of chains) {
        await client.query(
          `INSERT INTO observation (figure_id, outlet_id, value, reported_on, cited_sources, quote, logged_by)
           VALUES ($1, $2, 1, '2025-10-24', $3, 'q', 'test')`,
          [ids.figure, ids.outlet, chain],
        );
      }
      await client.query("BEGIN");
      await client.query(files[at].sql);
      await client.query("COMMIT");

      const { rows } = await client.query(`
        SELECT o.cited_sources[c.position + 1] AS text, c.position, s.name, c.is_confirmed
          FROM citation c JOIN observation o ON o.id = c.observation_id JOIN source s ON s.id = c.source_id
         ORDER BY o.cited_sources[c.position + 1] COLLATE "C"`);
      expect(rows).toEqual([
        { text: "AFP tallies", position: 0, name: "AFP", is_confirmed: false },
        { text: "Ministerio de Defensa", position: 0, name: "Colombian defence ministry", is_confirmed: false },
        { text: "U.S. figures", position: 1, name: "US government", is_confirmed: false },
        { text: "según la AFP", position: 0, name: "AFP", is_confirmed: false },
      ]);
      const { rows: texts } = await client.query(
        `SELECT cited_sources FROM observation ORDER BY cardinality(cited_sources) DESC, cited_sources`,
      );
      expect(texts.map((t) => t.cited_sources)).toContainEqual(["AFP tallies", "U.S. figures"]);
      const { rows: revisions } = await client.query(
        `SELECT entity_type, count(*)::int AS n FROM revision GROUP BY 1 ORDER BY 1`,
      );
      expect(revisions).toEqual([
        { entity_type: "citation", n: 3 },
        { entity_type: "source", n: 14 },
      ]);
    } finally {
      await client.end();
      await db.drop();
    }
  });
});
