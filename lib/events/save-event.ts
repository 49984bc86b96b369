import "server-only";
// Creates an event, or edits one (version-checked); either way with its revision.
import type { Actor } from "../auth/actor";
import { getDb, type Db } from "../db/client";
import { AppError } from "../errors";
import { saveVersioned } from "../revisions/save-versioned";
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
    const { id, version, ...data } = parseInput(ZUpdateEvent, opts.input);
    return saveVersioned({
      tx,
      actor: opts.actor,
      entityType: "event",
      entityId: id,
      read: () => tx.event.findUnique({ where: { id }, select: EVENT_RECORD_SELECT }),
      update: async () => {
        await clash(data.date, data.title, id);
        return tx.event.updateMany({
          where: { id, version },
          data: {
            ...data,
            url: data.url ?? null,
            topic: data.topic ?? null,
            date: new Date(`${data.date}T00:00:00Z`),
            version: { increment: 1 },
          },
        });
      },
      show: toEventRecord,
    });
  });
}
