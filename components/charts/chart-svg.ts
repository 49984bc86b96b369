// A figure's chart as one standalone SVG document, for images that travel without the page: the
// figure page's downloads, /embed/figures/:slug.svg and .png. It says everything the page says
// around the chart — title, unit, the outlets' key (colour and dash), the marker key, the events'
// text, a source line naming the outlets, "Data: Tally, <date>" — and has no classes, data-* or
// event attributes. Pure (strings in, string out), so the browser and the server build the same
// picture; the geometry is chart-layout.ts's and the markers are marker-shape.ts's.
import { formatDate } from "@/lib/format/format-date";
import type { ChartState } from "@/lib/figures/chart-state";
import { INTL_TAG, type Locale } from "@/lib/i18n/locales";
import { fractionX, fractionY, iso, PLOT_HEIGHT, PLOT_INSET, type ChartLayout } from "./chart-layout";
import { markerKind, markerPaint, markerShape, type MarkerKind, type MarkerShape } from "./marker-shape";

export type ChartTheme = "light" | "dark";

/** The words around the chart, in the reader's language (image-words.ts makes them). */
export type ChartImageWords = {
  title: string;
  subtitle: string | null;
  unitLine: string;
  /** the unit on the y axis */
  unit: string;
  keyTitle: string;
  key: { kind: MarkerKind | "unchecked"; label: string }[];
  consensus: string;
  events: string[];
  source: string;
  data: string;
};

const COLORS = {
  light: {
    paper: "#ffffff",
    ink: "#16181d",
    muted: "#4a505c",
    grid: "#e5e7eb",
    axis: "#666666",
    event: "#8a909c",
    agree: "#333333",
  },
  dark: {
    paper: "#15171c",
    ink: "#f1f2f4",
    muted: "#b4b9c3",
    grid: "#2e323a",
    axis: "#8a909c",
    event: "#8a909c",
    agree: "#d0d3d9",
  },
} as const;

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Liberation Sans', 'DejaVu Sans', Geist, sans-serif";
const PAD = 20;

export const esc = (s: string) =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** A rough text width (sans-serif averages ~0.55 em a character), enough to wrap and flow. */
const textWidth = (s: string, size: number) => s.length * size * 0.52;

/** Greedy word wrap to a pixel width. */
export function wrapText(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && textWidth(next, size) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The black of the palette would vanish on a dark paper. */
const seriesColor = (color: string, theme: ChartTheme) => (theme === "dark" && color === "#000000" ? "#e8e8e8" : color);

function shapeSvg(shape: MarkerShape, paint: { stroke: string; fill: string; dash: string | null }): string {
  const a = `stroke="${paint.stroke}" stroke-width="2" fill="${paint.fill}"${paint.dash ? ` stroke-dasharray="${paint.dash}"` : ""}`;
  if (shape.tag === "path") return `<path d="${shape.d}" ${a}/>`;
  if (shape.tag === "rect")
    return `<rect x="${shape.x}" y="${shape.y}" width="${shape.width}" height="${shape.height}" ${a}/>`;
  return `<circle cx="${shape.cx}" cy="${shape.cy}" r="${shape.r}" ${a}/>`;
}

type Options = {
  layout: ChartLayout;
  scale: ChartState["scale"];
  words: ChartImageWords;
  locale: Locale;
  theme?: ChartTheme;
  width?: number;
};

export function buildChartSvg({ layout, scale, words, locale, theme = "light", width = 800 }: Options): {
  svg: string;
  width: number;
  height: number;
} {
  const c = COLORS[theme];
  const inner = width - 2 * PAD;
  const out: string[] = [];
  let y = PAD;
  const text = (lines: string[], size: number, fill: string, weight = "400") => {
    for (const line of lines) {
      y += size * 1.3;
      out.push(
        `<text x="${PAD}" y="${y.toFixed(1)}" font-size="${size}" font-weight="${weight}" fill="${fill}">${esc(line)}</text>`,
      );
    }
  };

  text(wrapText(words.title, 22, inner), 22, c.ink, "700");
  if (words.subtitle) text(wrapText(words.subtitle, 14, inner), 14, c.muted);
  text([words.unitLine], 13, c.muted);

  // The outlets' key: a line sample in each outlet's colour and dash, flowing across rows.
  y += 12;
  let x = PAD;
  const keyRow = (items: { label: string; draw: (x: number, y: number) => string }[], size: number) => {
    y += size * 1.4;
    x = PAD;
    for (const it of items) {
      const w = 30 + textWidth(it.label, size) + 18;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        y += size * 1.6;
      }
      out.push(
        it.draw(x, y - size * 0.35),
        `<text x="${x + 30}" y="${y.toFixed(1)}" font-size="${size}" fill="${c.ink}">${esc(it.label)}</text>`,
      );
      x += w;
    }
  };
  const outlets = layout.visible.map((s) => ({
    label: s.outletName,
    draw: (x: number, y: number) =>
      `<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="${seriesColor(s.color, theme)}" stroke-width="3"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`,
  }));
  if (layout.showConsensus)
    outlets.push({
      label: words.consensus,
      draw: (x, y) =>
        `<line x1="${x}" x2="${x + 24}" y1="${y}" y2="${y}" stroke="${c.agree}" stroke-width="2.5" stroke-dasharray="7 4"/>`,
    });
  keyRow(outlets, 13);

  // The plot: the page's geometry (chart-layout.ts) at this width.
  y += 16;
  const top = y + PLOT_INSET.top;
  const left = PAD + PLOT_INSET.left;
  const pw = width - PAD - PLOT_INSET.right - left;
  const ph = PLOT_HEIGHT - PLOT_INSET.top - PLOT_INSET.bottom;
  const X = (v: number) => left + fractionX(layout, v) * pw;
  const Y = (v: number) => top + (1 - fractionY(layout, v, scale)) * ph;
  const f = (n: number) => n.toFixed(1);
  const step = (pts: { x: number; y: number }[]) =>
    pts.map((p, i) => `${i ? `H${f(X(p.x))}V` : `M${f(X(p.x))},`}${f(Y(p.y))}`).join("");
  const compact = new Intl.NumberFormat(INTL_TAG[locale], { notation: "compact", maximumFractionDigits: 1 });
  const axis = `font-size="12" fill="${c.muted}"`;
  out.push(
    `<g stroke="${c.grid}" stroke-dasharray="3 3">${layout.yTicks.map((v) => `<line x1="${left}" x2="${left + pw}" y1="${f(Y(v))}" y2="${f(Y(v))}"/>`).join("")}</g>`,
  );
  out.push(`<path d="M${left},${top}V${top + ph}H${left + pw}" fill="none" stroke="${c.axis}"/>`);
  for (const v of layout.yTicks)
    out.push(
      `<text x="${left - 8}" y="${f(Y(v))}" dy="0.32em" text-anchor="end" ${axis}>${esc(compact.format(v))}</text>`,
    );
  for (const t of layout.xTicks)
    out.push(
      `<text x="${f(X(t))}" y="${top + ph + 18}" text-anchor="middle" ${axis}>${esc(formatDate(iso(t), locale))}</text>`,
    );
  out.push(
    `<text transform="translate(${PAD + 12},${f(top + ph / 2)}) rotate(-90)" text-anchor="middle" ${axis}>${esc(words.unit)}</text>`,
  );
  for (const e of layout.events) {
    out.push(
      `<line x1="${f(X(e.x))}" x2="${f(X(e.x))}" y1="${top}" y2="${top + ph}" stroke="${c.event}" stroke-dasharray="4 4"/>`,
    );
    out.push(`<text x="${f(X(e.x))}" y="${top - 6}" text-anchor="middle" ${axis}>${esc(e.label)}</text>`);
  }
  for (const s of layout.visible) {
    if (!s.live.some((p) => p.qualifier === "range")) continue;
    const upper = step(s.live.map((p) => ({ x: p.x, y: p.band[1] })));
    const lower = s.live
      .map((p, i) => (i ? `V${f(Y(p.band[0]))}H${f(X(p.x))}` : ""))
      .reverse()
      .join("");
    out.push(
      `<path d="${upper}${lower}V${f(Y(s.live[0].band[0]))}H${f(X(s.live[0].x))}Z" fill="${seriesColor(s.color, theme)}" fill-opacity="0.15"/>`,
    );
  }
  if (layout.showConsensus) {
    const pts = layout.consensus;
    const d = pts
      .map((p, i) =>
        p.y === null ? "" : i && pts[i - 1].y !== null ? `H${f(X(p.x))}V${f(Y(p.y))}` : `M${f(X(p.x))},${f(Y(p.y))}`,
      )
      .join("");
    if (d) out.push(`<path d="${d}" fill="none" stroke="${c.agree}" stroke-width="2.5" stroke-dasharray="7 4"/>`);
  }
  for (const s of layout.visible) {
    if (s.live.length)
      out.push(
        `<path d="${step(s.live)}" fill="none" stroke="${seriesColor(s.color, theme)}" stroke-width="2"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`,
      );
  }
  for (const s of layout.visible) {
    for (const p of [...s.live, ...s.retracted])
      out.push(
        shapeSvg(markerShape(markerKind(p), X(p.x), Y(p.y), 5.5), markerPaint(p, seriesColor(s.color, theme), c.paper)),
      );
  }
  y += PLOT_HEIGHT;

  // What the markers mean, drawn with the markers themselves.
  y += 14;
  text([words.keyTitle], 12, c.muted, "700");
  keyRow(
    words.key.map((k) => ({
      label: k.label,
      draw: (x: number, y: number) =>
        k.kind === "unchecked"
          ? shapeSvg(markerShape("exact", x + 12, y, 5), { stroke: c.muted, fill: c.paper, dash: "2 1.5" })
          : shapeSvg(
              markerShape(k.kind, x + 12, y, k.kind === "range" ? 3.5 : 5),
              k.kind === "retracted"
                ? { stroke: "#8a909c", fill: c.paper, dash: null }
                : { stroke: c.muted, fill: c.muted, dash: null },
            ),
    })),
    12,
  );
  if (words.events.length) {
    y += 8;
    for (const e of words.events) text(wrapText(e, 12, inner), 12, c.ink);
  }
  y += 10;
  text(wrapText(words.source, 12, inner), 12, c.muted);
  text([words.data], 12, c.muted);
  const height = Math.ceil(y + PAD);

  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${FONT}" role="img" aria-label="${esc(words.title)}">` +
    `<title>${esc(words.title)}</title><rect width="${width}" height="${height}" fill="${c.paper}"/>${out.join("")}</svg>`;
  return { svg, width, height };
}

/** The chart's lines and markers alone, no words: the small chart on a figure's social card. */
export function buildMiniChartSvg({
  layout,
  scale,
  width,
  height,
  theme = "light",
}: {
  layout: ChartLayout;
  scale: ChartState["scale"];
  width: number;
  height: number;
  theme?: ChartTheme;
}): string {
  const c = COLORS[theme];
  const m = 10;
  const X = (v: number) => (m + fractionX(layout, v) * (width - 2 * m)).toFixed(1);
  const Y = (v: number) => (m + (1 - fractionY(layout, v, scale)) * (height - 2 * m)).toFixed(1);
  const out: string[] = [
    `<path d="M${m},${m}V${height - m}H${width - m}" fill="none" stroke="${c.axis}" stroke-width="2"/>`,
  ];
  for (const s of layout.visible) {
    const d = s.live.map((p, i) => `${i ? `H${X(p.x)}V` : `M${X(p.x)},`}${Y(p.y)}`).join("");
    if (d)
      out.push(
        `<path d="${d}" fill="none" stroke="${seriesColor(s.color, theme)}" stroke-width="4"${s.dash ? ` stroke-dasharray="${s.dash}"` : ""}/>`,
      );
    for (const p of s.live)
      out.push(
        shapeSvg(
          markerShape(markerKind(p), Number(X(p.x)), Number(Y(p.y)), 7),
          markerPaint(p, seriesColor(s.color, theme), c.paper),
        ),
      );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">${out.join("")}</svg>`;
}
