// An event as management pages and revisions see it.
import type { Prisma } from "../db/client";
import { isoDate } from "../observations/observation-dto";

/** What a reader sees of an event (GET /api/events adds the figures whose charts show it). */
export const EVENT_PUBLIC_SELECT = {
  id: true,
  date: true,
  title: true,
  url: true,
  description: true,
  topic: true,
} satisfies Prisma.EventSelect;

export const EVENT_RECORD_SELECT = { ...EVENT_PUBLIC_SELECT, version: true } satisfies Prisma.EventSelect;

export type EventFields = {
  id: string;
  date: string;
  title: string;
  url: string | null;
  description: string;
  topic: string | null;
};

export type EventRecord = EventFields & { version: number };

export const toEventRecord = (e: Prisma.EventGetPayload<{ select: typeof EVENT_RECORD_SELECT }>): EventRecord => ({
  ...e,
  date: isoDate(e.date),
});
