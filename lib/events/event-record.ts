// An event as management pages and revisions see it.
import type { Prisma } from "../db/client";
import { isoDate } from "../observations/observation-dto";

export const EVENT_RECORD_SELECT = {
  id: true,
  date: true,
  title: true,
  url: true,
  description: true,
  topic: true,
  version: true,
} satisfies Prisma.EventSelect;

export type EventRecord = {
  id: string;
  date: string;
  title: string;
  url: string | null;
  description: string;
  topic: string | null;
  version: number;
};

export const toEventRecord = (e: Prisma.EventGetPayload<{ select: typeof EVENT_RECORD_SELECT }>): EventRecord => ({
  ...e,
  date: isoDate(e.date),
});
