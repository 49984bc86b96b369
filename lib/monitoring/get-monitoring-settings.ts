import "server-only";
// A figure's rule settings as an editor sees them: the stored choices over the defaults.
import { getDb, type DbOrTx } from "../db/client";
import { resolveSettings, STALE_DAYS_BY_KIND, type MonitoringSettings } from "./config";
import type { FigureKind } from "./types";
import { noSuchFigure } from "../figures/no-such-figure";

export type FigureMonitoring = {
  figure: { id: string; slug: string; title: string; kind: FigureKind; isActive: boolean };
  settings: MonitoringSettings;
  /** the kind's default, shown when no stale limit was set */
  defaultStaleDays: number;
  /** 0 until an editor first saves */
  version: number;
};

/** What the monitor reads of a figure beside its values: who it is, and its stored rule settings. */
export const MONITORED_FIGURE_SELECT = {
  id: true,
  slug: true,
  title: true,
  kind: true,
  isActive: true,
  monitoring: { select: { settings: true, version: true } },
} as const;

export async function getMonitoringSettings(opts: { db?: DbOrTx; slug: string }): Promise<FigureMonitoring> {
  const db = opts.db ?? getDb();
  const f = await db.figure.findUnique({ where: { slug: opts.slug }, select: MONITORED_FIGURE_SELECT });
  if (!f) throw noSuchFigure(opts.slug);
  const { monitoring, ...figure } = f;
  return {
    figure,
    settings: resolveSettings(monitoring?.settings),
    defaultStaleDays: STALE_DAYS_BY_KIND[f.kind],
    version: monitoring?.version ?? 0,
  };
}
