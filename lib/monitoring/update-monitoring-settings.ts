import "server-only";
// An editor changes a figure's rules (and whether it is actively followed, which the staleness
// rule reads). Validated whole; optimistic concurrency on the settings' version; one revision.
import { z } from "zod";
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import type { Prisma } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZMonitoringSettings } from "./config";
import { getMonitoringSettings, type FigureMonitoring } from "./get-monitoring-settings";

const ZUpdate = z.object({
  slug: z.string().min(1),
  settings: ZMonitoringSettings,
  isActive: z.boolean(),
  version: z.coerce.number().int().min(0),
});

export async function updateMonitoringSettings(opts: {
  db?: Db;
  actor: Actor;
  input: unknown;
}): Promise<FigureMonitoring> {
  const db = opts.db ?? getDb();
  const input = parseInput(ZUpdate, opts.input);
  return db.$transaction(async (tx) => {
    const before = await getMonitoringSettings({ db: tx, slug: input.slug });
    const settings = input.settings as unknown as Prisma.InputJsonValue;
    const figureId = before.figure.id;
    if (before.version === 0 && input.version === 0) {
      await tx.monitoringConfig.create({ data: { figureId, settings, updatedBy: opts.actor.name } });
    } else {
      const n = await tx.monitoringConfig.updateMany({
        where: { figureId, version: input.version },
        data: { settings, updatedBy: opts.actor.name, version: { increment: 1 } },
      });
      if (n.count === 0)
        throw new AppError("conflict", "Someone else changed these settings meanwhile. Reload to see theirs.");
    }
    if (before.figure.isActive !== input.isActive) {
      await tx.figure.update({
        where: { id: figureId },
        data: { isActive: input.isActive, version: { increment: 1 } },
      });
      await writeRevision({
        tx,
        entityType: "figure",
        entityId: figureId,
        action: "update",
        before: { isActive: before.figure.isActive },
        after: { isActive: input.isActive },
        actor: opts.actor,
      });
    }
    const after = await getMonitoringSettings({ db: tx, slug: input.slug });
    await writeRevision({
      tx,
      entityType: "monitoring_config",
      entityId: figureId,
      action: before.version === 0 ? "create" : "update",
      before: before.settings,
      after: after.settings,
      actor: opts.actor,
    });
    return after;
  });
}
