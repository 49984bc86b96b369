// A chart view as URL parameters, so a view can be shared: ?x=refers&scale=log&hide=afp,bbc
// &from=2025-10-01&to=2025-12-31&consensus=0&retracted=1&page=2. Defaults are left out. Pure.
export type ChartState = {
  x: "reported" | "refers";
  scale: "linear" | "log";
  /** outlet slugs hidden from the chart */
  hidden: string[];
  from: string | null;
  to: string | null;
  consensus: boolean;
  retracted: boolean;
  /** colour each outlet's line by the outlet, or by the origin it cites (one colour per source) */
  colour: "outlet" | "origin";
  page: number;
};

export const DEFAULT_CHART_STATE: ChartState = {
  x: "reported",
  scale: "linear",
  hidden: [],
  from: null,
  to: null,
  consensus: true,
  retracted: false,
  colour: "outlet",
  page: 1,
};

const isDate = (v: string | null | undefined): v is string =>
  !!v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v));

type Params = { get(name: string): string | null };

export function parseChartState(params: Params): ChartState {
  const page = Number.parseInt(params.get("page") ?? "1", 10);
  return {
    x: params.get("x") === "refers" ? "refers" : "reported",
    scale: params.get("scale") === "log" ? "log" : "linear",
    hidden: (params.get("hide") ?? "").split(",").filter(Boolean),
    from: isDate(params.get("from")) ? params.get("from") : null,
    to: isDate(params.get("to")) ? params.get("to") : null,
    consensus: params.get("consensus") !== "0",
    retracted: params.get("retracted") === "1",
    colour: params.get("colour") === "origin" ? "origin" : "outlet",
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

export function chartStateToQuery(s: ChartState): string {
  const q = new URLSearchParams();
  if (s.x !== "reported") q.set("x", s.x);
  if (s.scale !== "linear") q.set("scale", s.scale);
  if (s.hidden.length) q.set("hide", s.hidden.join(","));
  if (s.from) q.set("from", s.from);
  if (s.to) q.set("to", s.to);
  if (!s.consensus) q.set("consensus", "0");
  if (s.retracted) q.set("retracted", "1");
  if (s.colour === "origin") q.set("colour", "origin");
  if (s.page > 1) q.set("page", String(s.page));
  const text = q.toString();
  return text ? `?${text}` : "";
}
