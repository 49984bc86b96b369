// Manage → Events: the dated annotations drawn on charts. Add one, or edit one (version-checked).
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ManagePage } from "@/components/manage/manage-page";
import { TextField } from "@/components/manage/fields";
import { requirePageRole } from "@/lib/auth/require-page-role";
import type { EventRecord } from "@/lib/events/event-record";
import { listEvents } from "@/lib/events/list-events";
import { formatDate } from "@/lib/format/format-date";
import { getTopicNames } from "@/lib/topics/get-topic-names";
import { topicName } from "@/lib/topics/topic-names";
import { saveEventAction } from "../actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title", { page: "events" }) };
}

function EventFields({ e, prefix }: { e?: EventRecord; prefix: string }) {
  const t = useTranslations("manage.field");
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="row">
      <TextField id={id("date")} name="date" type="date" label={t("date")} required defaultValue={e?.date} />
      <TextField id={id("title")} name="title" label={t("title")} required minLength={3} defaultValue={e?.title} />
      <TextField id={id("topic")} name="topic" label={t("topic")} defaultValue={e?.topic ?? ""} />
      <TextField id={id("url")} name="url" type="url" label={t("url")} defaultValue={e?.url ?? ""} />
      <TextField id={id("description")} name="description" label={t("description")} defaultValue={e?.description} />
    </div>
  );
}

export default async function ManageEventsPage() {
  await requirePageRole({ need: "editor", path: "/manage/events" });
  const [events, topicNames, locale] = await Promise.all([listEvents({}), getTopicNames({}), getLocale()]);
  const t = await getTranslations("manage");
  return (
    <ManagePage
      page="events"
      add={{ action: saveEventAction, fields: <EventFields prefix="new" /> }}
      update={saveEventAction}
      empty={t("events.empty")}
      records={events}
      show={(e) => ({
        name: e.title,
        meta: `${formatDate(e.date, locale)} · ${e.topic ? topicName(e.topic, topicNames, locale) : t("noTopic")} · ${t("version", { version: e.version })}`,
        fields: <EventFields e={e} prefix={e.id} />,
      })}
    />
  );
}
