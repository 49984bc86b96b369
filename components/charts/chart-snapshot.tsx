// The figure chart as plain SVG, drawn in the server's HTML: what a reader sees at first paint,
// before (or without) JavaScript, while Recharts loads once the page is idle. Same layout as the
// Recharts plot (chart-layout.ts) so the swap does not move anything. No Recharts.
// Its width is unknown on the server, so lines live in a 1000 × 1000 box stretched over the plot
// area (strokes not stretched), and markers and labels sit at percentages in an unstretched layer.
// Hooks: useId only (the markers' shared shapes need ids of their own).
import { useId } from "react";
import { formatDate } from "@/lib/format/format-date";
import type { ChartState } from "@/lib/figures/chart-state";
import { INTL_TAG, type Locale } from "@/lib/i18n/locales";
import {
  fractionX,
  fractionY,
  iso,
  isMinorTick,
  PLOT_HEIGHT,
  PLOT_INSET,
  Y_AXIS_WIDTH,
  type ChartLayout,
  type DrawnPoint,
} from "./chart-layout";
import { markerKind, markerPaint, markerShape, type MarkerKind } from "./marker-shape";

/**
 * The markers, once each as a shape at 0,0, which every point then places with a `<use>`: at
 * 4,000 points a whole marker apiece (its shape, paint and data attributes) was ~1.4 MB of the
 * page. The series' colour comes from the enclosing group (stroke and fill, a checked value's
 * paint); a shape that is hollow (not yet checked) or grey (retracted) says so itself. Same shapes,
 * sizes and paint as QualifierDot's.
 */
const R = 5.5;
const KINDS: MarkerKind[] = ["exact", "atLeast", "atMost", "about", "range"];
type MarkerDefProps = { key: string; kind: MarkerKind; isChecked: boolean };
const MARKER_DEFS: MarkerDefProps[] = [
  ...KINDS.flatMap((kind) => [
    { key: `${kind}-c`, kind, isChecked: true },
    { key: `${kind}-u`, kind, isChecked: false },
  ]),
  { key: "retracted", kind: "retracted", isChecked: false },
];
const markerDefKey = (p: DrawnPoint) => {
  const kind = markerKind(p);
  return kind === "retracted" ? kind : `${kind}-${p.checkStatus === "checked" ? "c" : "u"}`;
};

function MarkerDef({ id, kind, isChecked }: Omit<MarkerDefProps, "key"> & { id: string }) {
  // A checked value's paint is the group's (the series' colour): only the others are written here.
  const paint = markerPaint(
    { checkStatus: isChecked ? "checked" : "unchecked", isRetracted: kind === "retracted" },
    "",
  );
  const own = {
    id,
    ...(paint.stroke ? { stroke: paint.stroke } : {}),
    ...(paint.fill ? { fill: paint.fill } : {}),
    ...(paint.dash ? { strokeDasharray: paint.dash } : {}),
  };
  const shape = markerShape(kind, 0, 0, R);
  if (shape.tag === "path") return <path d={shape.d} {...own} />;
  if (shape.tag === "rect") return <rect x={shape.x} y={shape.y} width={shape.width} height={shape.height} {...own} />;
  return <circle cx={shape.cx} cy={shape.cy} r={shape.r} {...own} />;
}

const COMPACT: Record<Locale, Intl.NumberFormat> = {
  en: new Intl.NumberFormat(INTL_TAG.en, { notation: "compact", maximumFractionDigits: 1 }),
  es: new Intl.NumberFormat(INTL_TAG.es, { notation: "compact", maximumFractionDigits: 1 }),
};
const AXIS = { fontSize: 12, fill: "#4a505c" };
const pct = (f: number, digits = 3) => `${(f * 100).toFixed(digits)}%`;

type Props = { layout: ChartLayout; scale: ChartState["scale"]; unit: string; locale?: Locale };

export function ChartSnapshot({ layout, scale, unit, locale = "en" }: Props) {
  // The markers' ids, unique to this chart on the page (a page may hold more than one).
  const ids = `chart${useId().replace(/[^\w-]/g, "")}-`;
  const compact = COMPACT[locale];
  const X = (x: number) => fractionX(layout, x) * 1000;
  const Y = (y: number) => (1 - fractionY(layout, y, scale)) * 1000;
  // stepAfter: a value holds until the next report, then the line steps to the new value.
  const step = (pts: { x: number; y: number }[]) =>
    pts.map((p, i) => `${i ? `H${X(p.x).toFixed(1)}V` : `M${X(p.x).toFixed(1)},`}${Y(p.y).toFixed(1)}`).join("");
  // The "outlets agree" line stops where they disagree (y null) and starts again after.
  const agreedPath = (pts: { x: number; y: number | null }[]) =>
    pts
      .map((p, i) =>
        p.y === null
          ? ""
          : i && pts[i - 1].y !== null
            ? `H${X(p.x).toFixed(1)}V${Y(p.y).toFixed(1)}`
            : `M${X(p.x).toFixed(1)},${Y(p.y).toFixed(1)}`,
      )
      .join("");
  const band = (pts: DrawnPoint[]) =>
    pts.length
      ? `${step(pts.map((p) => ({ x: p.x, y: p.band[1] })))}${pts
          .map((p, i) => `${i ? `V${Y(p.band[0]).toFixed(1)}H${X(p.x).toFixed(1)}` : ""}`)
          .reverse()
          .join("")}V${Y(pts[0].band[0]).toFixed(1)}H${X(pts[0].x).toFixed(1)}Z`
      : "";
  const box = {
    position: "absolute",
    top: PLOT_INSET.top,
    left: PLOT_INSET.left,
    width: `calc(100% - ${PLOT_INSET.left + PLOT_INSET.right}px)`,
    height: `calc(100% - ${PLOT_INSET.top + PLOT_INSET.bottom}px)`,
    overflow: "visible",
  } as const;
  return (
    <div className="chart-snapshot" style={{ position: "relative", height: PLOT_HEIGHT }} data-testid="chart-snapshot">
      <svg style={box} viewBox="0 0 1000 1000" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <g stroke="#e5e7eb" strokeDasharray="3 3" vectorEffect="non-scaling-stroke">
          {layout.yTicks.map((v) => (
            <line key={v} x1={0} x2={1000} y1={Y(v)} y2={Y(v)} vectorEffect="non-scaling-stroke" />
          ))}
        </g>
        <path d="M0,0V1000H1000" fill="none" stroke="#666" vectorEffect="non-scaling-stroke" />
        {layout.events.map((e) => (
          <line
            key={e.id}
            x1={X(e.x)}
            x2={X(e.x)}
            y1={0}
            y2={1000}
            stroke="#8a909c"
            strokeDasharray="4 4"
            vectorEffect="non-scaling-stroke"
          />
        ))}
        {layout.visible
          .filter((s) => s.live.some((p) => p.qualifier === "range"))
          .map((s) => (
            <path key={`band-${s.outletId}`} d={band(s.live)} fill={s.color} fillOpacity={0.15} stroke="none" />
          ))}
        {layout.showConsensus && layout.consensus.length > 0 && (
          <path
            d={agreedPath(layout.consensus)}
            fill="none"
            stroke="#333"
            strokeWidth={2.5}
            strokeDasharray="7 4"
            vectorEffect="non-scaling-stroke"
          />
        )}
        {layout.visible.map((s) => (
          <path
            key={s.outletId}
            d={step(s.live)}
            fill="none"
            stroke={s.color}
            strokeWidth={2}
            strokeDasharray={s.dash ?? undefined}
            vectorEffect="non-scaling-stroke"
          />
        ))}
      </svg>
      <svg style={box} aria-hidden="true" focusable="false">
        {layout.xTicks.map((t, i) => (
          <text
            key={t}
            className={isMinorTick(i) ? "x-tick minor" : "x-tick"}
            x={pct(fractionX(layout, t))}
            y="100%"
            dy={18}
            textAnchor="middle"
            {...AXIS}
          >
            {formatDate(iso(t), locale)}
          </text>
        ))}
        {layout.yTicks.map((v) => (
          <text key={v} x={-8} y={pct(1 - fractionY(layout, v, scale))} dy="0.32em" textAnchor="end" {...AXIS}>
            {compact.format(v)}
          </text>
        ))}
        <svg x={-Y_AXIS_WIDTH + 6} y="50%" overflow="visible">
          <text transform="rotate(-90)" textAnchor="middle" {...AXIS}>
            {unit}
          </text>
        </svg>
        {layout.events.map((e) => (
          <text key={e.id} x={pct(fractionX(layout, e.x))} y={-6} textAnchor="middle" {...AXIS}>
            {e.label}
          </text>
        ))}
        <defs>
          {MARKER_DEFS.map(({ key, kind, isChecked }) => (
            <MarkerDef key={key} id={`${ids}${key}`} kind={kind} isChecked={isChecked} />
          ))}
        </defs>
        <g data-testid="chart-snapshot-points">
          {layout.visible.map((s) => (
            <g key={s.outletId} stroke={s.color} fill={s.color} strokeWidth={2}>
              {[...s.live, ...s.retracted].map((p) => (
                <use
                  key={p.id}
                  href={`#${ids}${markerDefKey(p)}`}
                  x={pct(fractionX(layout, p.x), 2)}
                  y={pct(1 - fractionY(layout, p.y, scale), 2)}
                  data-id={p.id}
                />
              ))}
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
