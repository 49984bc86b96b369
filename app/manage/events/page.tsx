// Manage → Events: the dated annotations drawn on charts. Add one, or edit one (version-checked).
import type { Metadata } from "next";
import { EditInPlace } from "@/components/manage/edit-in-place";
import { ManageNav } from "@/components/manage/manage-nav";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import type { EventRecord } from "@/lib/events/event-record";
import { listEvents } from "@/lib/events/list-events";
import { formatDate } from "@/lib/format/format-date";
import { saveEventAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage events" };

function EventFields({ e, prefix }: { e?: EventRecord; prefix: string }) {
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={id("date")}>Date</label>
        <input id={id("date")} name="date" type="date" required defaultValue={e?.date} />
      </div>
      <div className="field">
        <label htmlFor={id("title")}>Title</label>
        <input id={id("title")} name="title" required minLength={3} defaultValue={e?.title} />
      </div>
      <div className="field">
        <label htmlFor={id("topic")}>Topic (charts of this topic show it)</label>
        <input id={id("topic")} name="topic" defaultValue={e?.topic ?? ""} />
      </div>
      <div className="field">
        <label htmlFor={id("url")}>Link</label>
        <input id={id("url")} name="url" type="url" defaultValue={e?.url ?? ""} />
      </div>
      <div className="field">
        <label htmlFor={id("description")}>Description</label>
        <input id={id("description")} name="description" defaultValue={e?.description} />
      </div>
    </div>
  );
}

export default async function ManageEventsPage() {
  await requirePageRole({ need: "editor", path: "/manage/events" });
  const events = await listEvents({});
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Manage</h1>
          <p className="muted">Events mark what happened on the charts of their topic.</p>
        </div>
      </div>
      <ManageNav current="events" />
      <details className="panel manage-new">
        <summary>Add an event</summary>
        <ActionForm action={saveEventAction} className="stack" aria-label="Add an event">
          <EventFields prefix="new" />
          <div>
            <button className="button">Add event</button>
          </div>
        </ActionForm>
      </details>
      {events.length === 0 ? (
        <p className="empty">No events yet. Add one above.</p>
      ) : (
        <ul className="manage-list">
          {events.map((e) => (
            <li key={e.id} className="panel">
              <div className="review-head">
                <strong className="value">{e.title}</strong>
                <span className="muted small">
                  {formatDate(e.date)} · {e.topic ?? "no topic"} · version {e.version}
                </span>
              </div>
              <EditInPlace record={e} action={saveEventAction} label={`Edit ${e.title}`} submit="Save event">
                <EventFields e={e} prefix={e.id} />
              </EditInPlace>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
