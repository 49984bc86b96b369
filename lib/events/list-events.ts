import "server-only";
// Every event, newest first, for the management page.
import type { DbOrTx } from "../db/client";
import { EVENT_RECORD_SELECT, toEventRecord, type EventRecord } from "./event-record";

export async function listEvents(opts: { db: DbOrTx }): Promise<EventRecord[]> {
  const rows = await opts.db.event.findMany({ orderBy: [{ date: "desc" }, { title: "asc" }], select: EVENT_RECORD_SELECT });
  return rows.map(toEventRecord);
}
