// GET /api/export.zip: four CSV files and a Frictionless datapackage.json that describes
// every column they hold. Read with a small zip reader (central directory + inflateRaw).
import { inflateRawSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { GET as exportZip } from "@/app/api/export.zip/route";
import { getDb } from "@/lib/db/client";
import { getPgPool } from "@/lib/db/pg-pool";
import { logObservation } from "@/lib/observations/log-observation";
import { makeFigure, makeOutlet, observationInput, TEST_ACTOR } from "../factories";

function unzip(buf: Buffer): Map<string, string> {
  const end = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(end + 10);
  let p = buf.readUInt32LE(end + 16);
  const files = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(p + 10);
    const size = buf.readUInt32LE(p + 20);
    const [nameLen, extraLen, commentLen] = [
      buf.readUInt16LE(p + 28),
      buf.readUInt16LE(p + 30),
      buf.readUInt16LE(p + 32),
    ];
    const local = buf.readUInt32LE(p + 42);
    const name = buf.toString("utf8", p + 46, p + 46 + nameLen);
    const start = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const data = buf.subarray(start, start + size);
    files.set(name, (method === 8 ? inflateRawSync(data) : data).toString("utf8"));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return files;
}

describe("GET /api/export.zip", () => {
  it("holds observations, figures, outlets and events, and a datapackage.json naming every column", async () => {
    const figure = await makeFigure({ title: "=Strike deaths" });
    const outlet = await makeOutlet();
    const o = await logObservation({
      db: getDb(),
      actor: TEST_ACTOR,
      input: observationInput(figure.slug, outlet.id, { value: "-12.50" }),
    });

    const res = await exportZip(new Request("http://localhost/api/export.zip"), { params: Promise.resolve({}) });
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/zip");
    const files = unzip(Buffer.from(await res.arrayBuffer()));
    expect([...files.keys()]).toEqual([
      "observations.csv",
      "figures.csv",
      "outlets.csv",
      "events.csv",
      "datapackage.json",
    ]);

    const pkg = JSON.parse(files.get("datapackage.json")!);
    expect(pkg.profile).toBe("tabular-data-package");
    for (const resource of pkg.resources) {
      const csv = files.get(resource.path)!;
      const header = csv.slice(0, csv.indexOf("\r\n")).split(",");
      expect(resource.schema.fields.map((f: { name: string }) => f.name)).toEqual(header);
      for (const field of resource.schema.fields) expect(field.description.length).toBeGreaterThan(3);
    }
    const observations = parse(files.get("observations.csv")!, { columns: true }) as Record<string, string>[];
    expect(observations.find((r) => r.observation_id === o.id)).toMatchObject({
      display: "at least -12.5 people",
      value: "-12.50",
      figure_slug: figure.slug,
      figure_title: "'=Strike deaths",
    });
    const figures = parse(files.get("figures.csv")!, { columns: true }) as Record<string, string>[];
    expect(figures.find((r) => r.figure_slug === figure.slug)).toMatchObject({
      title: "'=Strike deaths",
      kind: "cumulative",
      is_active: "true",
    });
    // booleans as true/false, not PostgreSQL's t/f
    expect(files.get("figures.csv")!).toContain(`,${figure.slug},'=Strike deaths,"",people,cumulative,"",true,1,`);
    const outlets = parse(files.get("outlets.csv")!, { columns: true }) as Record<string, string>[];
    expect(outlets.map((r) => r.name)).toContain(outlet.name);
  }, 60_000);

  it("gives its database connection back when the download is cancelled half-way", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    // More than the buffers hold, so the COPY is still writing when the reader goes away;
    // retracted, so they stay out of the other tests' default exports.
    await getDb().$executeRawUnsafe(
      `INSERT INTO observation (figure_id, outlet_id, value, reported_on, cited_sources, quote, logged_by, status, status_reason)
       SELECT (SELECT id FROM figure WHERE slug = $1), $2::uuid, g, DATE '2025-01-01' + (g % 300), ARRAY['x'], repeat('q', 200), 'bench', 'retracted', 'test rows'
         FROM generate_series(1, 100000) g`,
      figure.slug,
      outlet.id,
    );
    const pool = getPgPool();
    const res = await exportZip(new Request("http://localhost/api/export.zip"), { params: Promise.resolve({}) });
    const reader = res.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel();
    // A connection held by an abandoned COPY is counted in totalCount but never becomes idle.
    for (let i = 0; i < 100 && pool.totalCount > pool.idleCount; i++) await new Promise((r) => setTimeout(r, 100));
    expect(pool.totalCount - pool.idleCount).toBe(0);
    // …and the pool still answers.
    expect((await pool.query("SELECT 1 AS ok")).rows).toEqual([{ ok: 1 }]);
  }, 60_000);
});
