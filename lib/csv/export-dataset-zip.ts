import "server-only";
// The whole dataset as one zip, streamed: each table's COPY is opened only when the previous
// entry has been written, so one connection and one table's worth of buffers at a time.
import { once } from "node:events";
import type { Readable } from "node:stream";
import { ZipArchive } from "archiver";
import type pg from "pg";
import { assertExportCapacity } from "../db/pg-pool";
import { getReadPool } from "../db/read-pool";
import { dataPackage, DATASET_TABLES } from "./dataset-tables";
import { openCopyCsv } from "./stream-copy";

export async function exportDatasetZip(opts: { pool?: pg.Pool; now?: Date }): Promise<Readable> {
  const pool = opts.pool ?? (await getReadPool({ purpose: "export" }));
  assertExportCapacity(pool);
  const zip = new ZipArchive({ zlib: { level: 6 } });
  const now = opts.now ?? new Date();
  let current: Readable | undefined;
  // A download cancelled half-way destroys the zip, but archiver leaves the entry it was reading
  // open: its COPY would wait for a reader forever, holding a pool connection. Close it.
  zip.once("close", () => current?.destroy());
  void (async () => {
    try {
      for (const table of DATASET_TABLES) {
        if (zip.destroyed) return;
        const csv = await openCopyCsv({
          pool,
          sql: table.sql,
          columns: table.columns.map((c) => c.name),
          label: `export.zip ${table.path}`,
        });
        current = csv;
        if (zip.destroyed) return void csv.destroy();
        // A failed COPY must fail the archive, never leave a short CSV inside a valid zip.
        csv.on("error", (err) => zip.destroy(err));
        zip.append(csv, { name: table.path, date: now });
        await Promise.race([once(zip, "entry"), once(zip, "close")]);
      }
      if (zip.destroyed) return;
      zip.append(`${JSON.stringify(dataPackage({ created: now.toISOString() }), null, 2)}\n`, {
        name: "datapackage.json",
        date: now,
      });
      await zip.finalize();
    } catch (err) {
      zip.destroy(err as Error);
    }
  })();
  return zip;
}
