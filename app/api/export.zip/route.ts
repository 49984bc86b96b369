// GET /api/export.zip — observations.csv, figures.csv, outlets.csv, events.csv and a
// datapackage.json describing every column, streamed.
import { exportDatasetZip } from "@/lib/csv/export-dataset-zip";
import { toWebStream } from "@/lib/csv/stream-copy";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async () => {
    const today = new Date().toISOString().slice(0, 10);
    return new Response(toWebStream(await exportDatasetZip({})), {
      headers: {
        "content-type": "application/zip",
        "content-disposition": `attachment; filename="tally-dataset-${today}.zip"`,
        "cache-control": "no-store",
      },
    });
  }),
});
