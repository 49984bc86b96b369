// GET /figures/:slug/card.png — the figure's social card (og:image, twitter:image), 1200 × 630,
// drawn on the server by next/og's ImageResponse: the title, the honest headline (what the
// outlets' latest reports say together, lib/values/headline.ts; never a number nobody reported)
// and a small chart of the outlets' lines.
import { ImageResponse } from "next/og";
import { getLocale, getTranslations } from "next-intl/server";
import { layoutChart } from "@/components/charts/chart-layout";
import { buildMiniChartSvg } from "@/components/charts/chart-svg";
import { DEFAULT_CHART_STATE } from "@/lib/figures/chart-state";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { isLocale } from "@/lib/i18n/locales";

export const dynamic = "force-dynamic";

const SOCIAL_CARD = { width: 1200, height: 630 } as const;

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute<{ slug: string }>("viewer", async ({ params }) => {
    const requested = await getLocale();
    const locale = isLocale(requested) ? requested : "en";
    const [view, t] = await Promise.all([
      getFigureChart({ slug: params.slug, locale }),
      getTranslations({ locale, namespace: "embed" }),
    ]);
    const layout = layoutChart({ chart: view.chart, events: [], state: DEFAULT_CHART_STATE });
    const chart = buildMiniChartSvg({ layout, scale: "linear", width: 1104, height: 250 });
    const headline = view.stats.headline;
    const outlets = view.chart.series.map((s) => s.outletName);
    return new ImageResponse(
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          background: "#ffffff",
          color: "#16181d",
          padding: "44px 48px",
          fontSize: 28,
        }}
      >
        <div style={{ display: "flex", fontSize: 26, color: "#0b5cad", letterSpacing: 1 }}>TALLY</div>
        <div
          style={{ display: "flex", fontSize: 46, lineHeight: 1.15, marginTop: 12, maxHeight: 110, overflow: "hidden" }}
        >
          {localizedFigureText(view.figure, locale).title}
        </div>
        <div style={{ display: "flex", fontSize: 60, color: "#16181d", marginTop: 18 }}>
          {headline ? headline.display : t("socialNone")}
        </div>
        {headline?.period && (
          <div style={{ display: "flex", fontSize: 26, color: "#4a505c", marginTop: 4 }}>
            {t("socialLatest", { period: headline.period })}
          </div>
        )}
        <div style={{ display: "flex", flexGrow: 1 }} />
        {/* eslint-disable-next-line @next/next/no-img-element -- ImageResponse draws <img>, not next/image */}
        <img
          alt=""
          width={1104}
          height={250}
          src={`data:image/svg+xml;base64,${Buffer.from(chart).toString("base64")}`}
        />
        <div style={{ display: "flex", fontSize: 22, color: "#4a505c", marginTop: 10 }}>
          {outlets.length
            ? t("source", { outlets: outlets.slice(0, 6).join(", ") + (outlets.length > 6 ? " …" : "") })
            : t("sourceNone")}
        </div>
      </div>,
      SOCIAL_CARD,
    );
  }),
});
