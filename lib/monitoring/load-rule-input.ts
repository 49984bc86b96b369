import "server-only";
// One figure's data in the plain shape the rules read (published observations only).
import { getDb, type DbOrTx } from "../db/client";
import { isoDate } from "../observations/observation-dto";
import { originOf } from "../sources/origins";
import { resolveSettings, type MonitoringSettings } from "./config";
import { MONITORED_FIGURE_SELECT } from "./get-monitoring-settings";
import type { RuleFigure, RuleObservation } from "./types";

export async function loadRuleInput(opts: {
  db?: DbOrTx;
  figureId: string;
}): Promise<{ figure: RuleFigure; observations: RuleObservation[]; settings: MonitoringSettings } | null> {
  const db = opts.db ?? getDb();
  const figure = await db.figure.findUnique({
    where: { id: opts.figureId },
    select: { ...MONITORED_FIGURE_SELECT, unit: true, archivedAt: true },
  });
  if (!figure) return null;
  const rows = await db.observation.findMany({
    where: { figureId: figure.id, status: "published" },
    select: {
      id: true,
      outletId: true,
      qualifier: true,
      value: true,
      low: true,
      high: true,
      reportedOn: true,
      refersStart: true,
      refersEnd: true,
      refersLabel: true,
      loggedAt: true,
      outlet: { select: { name: true } },
      citedSources: true,
      citations: { select: { position: true, source: { select: { id: true, name: true } } } },
    },
  });
  const observations = rows.map((r) => ({
    id: r.id,
    outletId: r.outletId,
    outletName: r.outlet.name,
    qualifier: r.qualifier,
    value: r.value?.toFixed() ?? null,
    low: r.low?.toFixed() ?? null,
    high: r.high?.toFixed() ?? null,
    reportedOn: isoDate(r.reportedOn),
    refersStart: r.refersStart ? isoDate(r.refersStart) : null,
    refersEnd: r.refersEnd ? isoDate(r.refersEnd) : null,
    refersLabel: r.refersLabel,
    loggedAt: r.loggedAt.toISOString(),
    origin: originOf(r.citedSources, r.citations, r.outlet.name),
  }));
  const { monitoring, archivedAt, ...rest } = figure;
  return {
    figure: { ...rest, isArchived: archivedAt !== null },
    observations,
    settings: resolveSettings(monitoring?.settings),
  };
}
