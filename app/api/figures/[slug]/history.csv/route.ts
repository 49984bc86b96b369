// GET /api/figures/:slug/history.csv — the figure's full history, one row per observation.
import { figureHistoryCsv } from "@/lib/csv/figure-history-csv";
import { getDb } from "@/lib/db/client";
import { getFigure } from "@/lib/figures/get-figure";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const GET = handleRoute<{ slug: string }>("viewer", async ({ params }) => {
  const detail = await getFigure({ db: getDb(), slug: params.slug });
  const today = new Date().toISOString().slice(0, 10);
  return new Response(figureHistoryCsv(detail), {
    headers: {
      "content-type": "text/csv; charset=utf-8; header=present",
      "content-disposition": `attachment; filename="tally-${detail.figure.slug}-history-${today}.csv"`,
      "cache-control": "no-store",
    },
  });
});
