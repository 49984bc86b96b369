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

export async function getMonitoringSettings(opts: { db?: DbOrTx; slug: string }): Promise<FigureMonitoring> {
  const db = opts.db ?? getDb();
  const f = await db.figure.findUnique({
    where: { slug: opts.slug },
    select: {
      id: true,
      slug: true,
      title: true,
      kind: true,
      isActive: true,
      monitoring: { select: { settings: true, version: true } },
    },
  });
  if (!f) throw noSuchFigure(opts.slug);
  const { monitoring, ...figure } = f;
  return {
    figure,
    settings: resolveSettings(monitoring?.settings),
    defaultStaleDays: STALE_DAYS_BY_KIND[f.kind],
    version: monitoring?.version ?? 0,
  };
}
