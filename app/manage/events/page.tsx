// Manage → Events: the dated annotations drawn on charts. Add one, or edit one (version-checked).
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { RecordForm } from "@/components/manage/record-form";
import { TextField } from "@/components/manage/fields";
import { ManageHead } from "@/components/manage/manage-head";
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
    <>
      <ManageHead current="events" intro={t("events.intro")} />
      <RecordForm
        action={saveEventAction}
        className="panel manage-new"
        summary={t("events.add")}
        label={t("events.add")}
        submit={t("events.addButton")}
      >
        <EventFields prefix="new" />
      </RecordForm>
      {events.length === 0 ? (
        <p className="empty">{t("events.empty")}</p>
      ) : (
        <ul className="manage-list">
          {events.map((e) => (
            <li key={e.id} className="panel">
              <div className="review-head">
                <strong className="value">{e.title}</strong>
                <span className="muted small">
                  {formatDate(e.date, locale)} · {e.topic ? topicName(e.topic, topicNames, locale) : t("noTopic")} ·{" "}
                  {t("version", { version: e.version })}
                </span>
              </div>
              <RecordForm
                record={e}
                action={saveEventAction}
                summary={t("edit")}
                label={t("editRecord", { name: e.title })}
                submit={t("events.save")}
              >
                <EventFields e={e} prefix={e.id} />
              </RecordForm>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
