import "server-only";
// Creates an event, or edits one (version-checked); either way with its revision.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { writeRevision } from "../revisions/write-revision";
import { parseInput } from "../validate";
import { EVENT_RECORD_SELECT, toEventRecord, type EventRecord } from "./event-record";
import { ZCreateEvent, ZUpdateEvent } from "./schemas";

export async function saveEvent(opts: { db?: Db; actor: Actor; input: unknown }): Promise<EventRecord> {
  const db = opts.db ?? getDb();
  const isEdit = typeof (opts.input as { id?: unknown })?.id === "string" && (opts.input as { id: string }).id !== "";
  return db.$transaction(async (tx) => {
    const clash = async (date: string, title: string, id?: string) => {
      const found = await tx.event.findFirst({
        where: { date: new Date(`${date}T00:00:00Z`), title, ...(id ? { id: { not: id } } : {}) },
        select: { id: true },
      });
      if (found)
        throw new AppError("validation_failed", "That event is already in the list.", {
          title: ["An event with this title exists on this date."],
        });
    };
    if (!isEdit) {
      const input = parseInput(ZCreateEvent, opts.input);
      await clash(input.date, input.title);
      const row = await tx.event.create({
        data: { ...input, date: new Date(`${input.date}T00:00:00Z`) },
        select: EVENT_RECORD_SELECT,
      });
      const after = toEventRecord(row);
      await writeRevision({ tx, entityType: "event", entityId: after.id, action: "create", after, actor: opts.actor });
      return after;
    }
    const input = parseInput(ZUpdateEvent, opts.input);
    const row = await tx.event.findUnique({ where: { id: input.id }, select: EVENT_RECORD_SELECT });
    if (!row) throw new AppError("not_found", "There is no such event.");
    await clash(input.date, input.title, input.id);
    const { id, version, ...data } = input;
    const { count } = await tx.event.updateMany({
      where: { id, version },
      data: {
        ...data,
        url: data.url ?? null,
        topic: data.topic ?? null,
        date: new Date(`${data.date}T00:00:00Z`),
        version: { increment: 1 },
      },
    });
    if (count === 0)
      throw new AppError(
        "conflict",
        `Someone else changed this event after you opened it (now version ${row.version}). Reload to see their change; nothing of yours was saved.`,
      );
    const after = toEventRecord(await tx.event.findUniqueOrThrow({ where: { id }, select: EVENT_RECORD_SELECT }));
    await writeRevision({
      tx,
      entityType: "event",
      entityId: id,
      action: "update",
      before: toEventRecord(row),
      after,
      actor: opts.actor,
    });
    return after;
  });
}
