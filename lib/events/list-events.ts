import "server-only";
// Every event, newest first, for the management page.
import { getDb, type DbOrTx } from "../db/client";
import { EVENT_RECORD_SELECT, toEventRecord, type EventRecord } from "./event-record";

export async function listEvents(opts: { db?: DbOrTx }): Promise<EventRecord[]> {
  const db = opts.db ?? getDb();
  const rows = await db.event.findMany({ orderBy: [{ date: "desc" }, { title: "asc" }], select: EVENT_RECORD_SELECT });
  return rows.map(toEventRecord);
}
