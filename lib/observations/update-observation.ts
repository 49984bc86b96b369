import "server-only";
// Edit a stored value through the API: the caller names the version it edited; a stale version
// is refused (412) and a concurrent edit that wins the race makes ours fail (409), so nothing is
// silently overwritten. The patch is merged onto the stored value and validated like the log
// form. Editing makes a checked value unchecked again (it needs a second pair of eyes anew).
import type { Actor } from "../auth/actor";
import type { Db } from "../db/client";
import { AppError } from "../errors";
import { publishChange } from "../live/publish-change";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { ZObservationPatch } from "./api-schemas";
import { OBSERVATION_SELECT, toObservationDto, type ObservationDto } from "./observation-dto";
import { ZLogObservation } from "./schemas";

const dateOf = (iso: string | undefined) => (iso ? new Date(`${iso}T00:00:00Z`) : null);
const SELECT = { ...OBSERVATION_SELECT, figure: { select: { slug: true, unit: true } } };

export async function updateObservation(opts: { db: Db; actor: Actor; id: string; expectedVersion: number; input: unknown }): Promise<ObservationDto> {
  const { reason, ...patch } = parseInput(ZObservationPatch, opts.input);
  return opts.db.$transaction(async (tx) => {
    const current = await tx.observation.findUnique({ where: { id: opts.id }, select: SELECT });
    if (!current) throw new AppError("not_found", `There is no observation ${opts.id}.`);
    if (current.version !== opts.expectedVersion)
      throw new AppError("precondition_failed", `This value changed since you loaded it (now version ${current.version}). Reload it and edit again.`);
    if (current.status === "retracted") throw new AppError("conflict", "A retracted value cannot be edited.");
    const before = toObservationDto(current, current.figure.unit);
    const merged: Record<string, unknown> = {
      figureSlug: current.figure.slug,
      outletId: before.outlet.id,
      ...Object.fromEntries(Object.entries(before).filter(([k]) => k in ZObservationPatch.shape)),
    };
    for (const [k, v] of Object.entries(patch)) merged[k] = v === null ? undefined : v;
    for (const k of Object.keys(merged)) if (merged[k] === null) merged[k] = undefined;
    const input = parseInput(ZLogObservation, merged);
    const done = await tx.observation.updateMany({
      where: { id: opts.id, version: opts.expectedVersion },
      data: {
        outletId: input.outletId!,
        qualifier: input.qualifier,
        value: input.value ?? null,
        low: input.low ?? null,
        high: input.high ?? null,
        refersStart: dateOf(input.refersStart),
        refersEnd: dateOf(input.refersEnd),
        refersPrecision: input.refersPrecision ?? null,
        refersLabel: input.refersLabel ?? null,
        reportedOn: dateOf(input.reportedOn)!,
        reportedAt: input.reportedAt ? new Date(input.reportedAt) : null,
        citedSources: input.citedSources,
        url: input.url ?? null,
        quote: input.quote,
        note: input.note ?? null,
        checkStatus: "unchecked",
        checkedBy: null,
        checkedById: null,
        checkedAt: null,
        version: { increment: 1 },
      },
    });
    if (done.count === 0) throw new AppError("conflict", "Someone else saved this value at the same moment. Reload it and edit again.");
    const row = await tx.observation.findUniqueOrThrow({ where: { id: opts.id }, select: SELECT });
    const after = toObservationDto(row, row.figure.unit);
    await writeRevision({ tx, entityType: "observation", entityId: opts.id, action: "update", before, after, actor: opts.actor, reason });
    await publishChange({ tx, change: { kind: "observation", figureSlug: row.figure.slug, observationId: opts.id } });
    return after;
  });
}
