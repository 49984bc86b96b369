// Per-figure rule settings. Stored as JSON (monitoring_config.settings) holding only what an
// editor changed; everything else comes from these defaults, so new defaults reach old figures.
import { z } from "zod";
import type { FigureKind } from "./types";

/** Days without a new report before an active figure counts as stale, by kind. */
export const STALE_DAYS_BY_KIND: Record<FigureKind, number> = { cumulative: 7, level: 90, flow: 400, change: 120 };

/** Tuned on bench/alerts.ts's synthetic week (README, "Alert noise"). */
const DEFAULT_QUIET_HOURS = { decrease: 72, disagreement: 72, stale: 0, new_outlet: 0, outlier: 24, single_source: 0 };
/** hours; 0 = no quiet period */
const hours = z.coerce
  .number()
  .int()
  .min(0, "0 or more hours.")
  .max(24 * 90, "At most 90 days (2160 hours).");

export const ZMonitoringSettings = z.object({
  decrease: z.object({ enabled: z.boolean(), compareConsensus: z.boolean() }),
  disagreement: z.object({
    enabled: z.boolean(),
    /** "about 43" means 43 ± this many percent (lib/values/interval.ts) */
    aboutPercent: z.coerce.number().min(0).max(100),
  }),
  stale: z.object({ enabled: z.boolean(), days: z.coerce.number().int().min(1).max(3650).optional() }),
  new_outlet: z.object({ enabled: z.boolean() }),
  single_source: z.object({ enabled: z.boolean() }),
  outlier: z.object({
    enabled: z.boolean(),
    /** how many scaled MADs from the median counts as an outlier */
    k: z.coerce.number().positive().max(100),
    /** how many recent values form the reference */
    window: z.coerce.number().int().min(3).max(500),
    /** fewer recent values than this: no judgement */
    minPoints: z.coerce.number().int().min(3).max(500),
  }),
  /**
   * Per rule: after a figure gets an alert of this rule, the next findings of the same rule for
   * that figure within this many hours fold into it (or are dropped once it is resolved).
   */
  quiet: z
    .object({
      decrease: hours.default(() => DEFAULT_QUIET_HOURS.decrease),
      disagreement: hours.default(() => DEFAULT_QUIET_HOURS.disagreement),
      stale: hours.default(() => DEFAULT_QUIET_HOURS.stale),
      new_outlet: hours.default(() => DEFAULT_QUIET_HOURS.new_outlet),
      outlier: hours.default(() => DEFAULT_QUIET_HOURS.outlier),
      single_source: hours.default(() => DEFAULT_QUIET_HOURS.single_source),
    })
    .default(() => ({ ...DEFAULT_QUIET_HOURS })),
});
export type MonitoringSettings = z.infer<typeof ZMonitoringSettings>;

export const DEFAULT_SETTINGS: MonitoringSettings = {
  decrease: { enabled: true, compareConsensus: true },
  disagreement: { enabled: true, aboutPercent: 10 },
  stale: { enabled: true },
  new_outlet: { enabled: true },
  single_source: { enabled: true },
  outlier: { enabled: true, k: 5, window: 20, minPoints: 5 },
  quiet: { ...DEFAULT_QUIET_HOURS },
};

/** The defaults before the alert-noise tuning (bench/alerts.ts --defaults=original measures them). */
export const ORIGINAL_DEFAULT_SETTINGS: MonitoringSettings = {
  ...DEFAULT_SETTINGS,
  outlier: { enabled: true, k: 5, window: 20, minPoints: 5 },
  quiet: { decrease: 0, disagreement: 0, stale: 0, new_outlet: 0, outlier: 0, single_source: 0 },
};

/** Stored (partial, possibly from an older version) → complete settings. Bad stored parts fall back to defaults. */
export function resolveSettings(stored: unknown): MonitoringSettings {
  const out = structuredClone(DEFAULT_SETTINGS) as Record<string, Record<string, unknown>>;
  if (stored && typeof stored === "object") {
    for (const [rule, part] of Object.entries(stored as Record<string, unknown>)) {
      if (!(rule in out) || !part || typeof part !== "object") continue;
      const merged = { ...out[rule], ...(part as Record<string, unknown>) };
      const ok = ZMonitoringSettings.shape[rule as keyof MonitoringSettings].safeParse(merged);
      if (ok.success) out[rule] = ok.data as Record<string, unknown>;
    }
  }
  return out as unknown as MonitoringSettings;
}

export const staleDaysFor = (kind: FigureKind, settings: MonitoringSettings) =>
  settings.stale.days ?? STALE_DAYS_BY_KIND[kind];
