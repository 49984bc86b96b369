// GET /embed/figures/:slug.svg and /embed/figures/:slug.png (next.config.ts rewrites them here) —
// the figure's chart as a standalone picture for print and newsletters: the same picture as the
// embed and the figure page's downloads (components/charts/chart-svg.ts); PNG at 2×.
// ?theme=light|dark, ?locale=en|es (else the reader's language).
import { getLocale, getTranslations } from "next-intl/server";
import { figurePicture } from "@/components/charts/figure-picture";
import type { EmbedT } from "@/components/charts/image-words";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { isLocale } from "@/lib/i18n/locales";
import { splitImageFile, ZFigureImageRequest } from "@/lib/images/schemas";
import { svgToPng } from "@/lib/images/svg-to-png";
import { parseInput } from "@/lib/validate";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ file: string }>("viewer", async ({ req, params }) => {
    const query = new URL(req.url).searchParams;
    const input = parseInput(ZFigureImageRequest, {
      file: params.file,
      theme: query.get("theme") ?? undefined,
      locale: query.get("locale") ?? undefined,
    });
    const { slug, format } = splitImageFile(input.file);
    const requested = input.locale ?? (await getLocale());
    const locale = isLocale(requested) ? requested : "en";
    const [view, t] = await Promise.all([
      getFigureChart({ slug, locale }),
      getTranslations({ locale, namespace: "embed" }),
    ]);
    const { svg } = figurePicture({
      view,
      t: t as EmbedT,
      locale,
      theme: input.theme,
      today: new Date().toISOString(),
    });
    if (format === "svg") return new Response(svg, { headers: { "content-type": "image/svg+xml; charset=utf-8" } });
    return new Response(Buffer.from(svgToPng({ svg })), { headers: { "content-type": "image/png" } });
  }),
});
