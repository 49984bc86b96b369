// GET /api/figures/:slug/chart — what the chart draws: per-outlet series (≤ 1,000 points each,
// LTTB-downsampled keeping first, last, min and max), the consensus line, summary stats, events.
// ?locale=es: the tooltips' words (values, periods) in Spanish; the numbers are the same.
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ req, params }) => {
    const locale = new URL(req.url).searchParams.get("locale");
    return Response.json(await getFigureChart({ slug: params.slug, locale: isLocale(locale) ? locale : "en" }));
  }),
});
