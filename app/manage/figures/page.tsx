// Manage → Figures: add a figure, or edit one (title, unit, kind, topics; version-checked).
import type { Metadata } from "next";
import Link from "next/link";
import { EditInPlace } from "@/components/manage/edit-in-place";
import { ManageNav } from "@/components/manage/manage-nav";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listFigureRecords, type FigureRecord } from "@/lib/figures/list-figure-records";
import { FIGURE_KINDS } from "@/lib/figures/schemas";
import { createFigureAction, updateFigureAction } from "../actions";
import { ArchiveFigureForm } from "@/components/manage/archive-figure-form";
import { archiveFigureAction } from "./archive-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage figures" };

function FigureFields({ f, prefix }: { f?: FigureRecord; prefix: string }) {
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="row">
      <div className="field">
        <label htmlFor={id("title")}>Title</label>
        <input id={id("title")} name="title" required minLength={3} defaultValue={f?.title} />
      </div>
      {!f && (
        <div className="field">
          <label htmlFor={id("slug")}>Slug (in its address)</label>
          <input id={id("slug")} name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" placeholder="us-aid-colombia" />
        </div>
      )}
      <div className="field">
        <label htmlFor={id("unit")}>Unit</label>
        <input id={id("unit")} name="unit" required defaultValue={f?.unit} placeholder="people, USD, hectares" />
      </div>
      <div className="field">
        <label htmlFor={id("kind")}>Kind</label>
        <select id={id("kind")} name="kind" defaultValue={f?.kind ?? "cumulative"}>
          {FIGURE_KINDS.map((k) => (
            <option key={k}>{k}</option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={id("topics")}>Topics (comma-separated)</label>
        <input id={id("topics")} name="topics" defaultValue={f?.topics.join(", ")} />
      </div>
      <div className="field">
        <label htmlFor={id("description")}>Description</label>
        <input id={id("description")} name="description" defaultValue={f?.description} />
      </div>
    </div>
  );
}

export default async function ManageFiguresPage() {
  await requirePageRole({ need: "editor", path: "/manage/figures" });
  const figures = await listFigureRecords({});
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Manage</h1>
          <p className="muted">Every change is kept in the figure's history.</p>
        </div>
      </div>
      <ManageNav current="figures" />
      <details className="panel manage-new">
        <summary>Add a figure</summary>
        <ActionForm action={createFigureAction} className="stack" aria-label="Add a figure">
          <FigureFields prefix="new" />
          <div>
            <button className="button">Add figure</button>
          </div>
        </ActionForm>
      </details>
      <ul className="manage-list">
        {figures.map((f) => (
          <li key={f.id} className="panel" data-testid={`figure-${f.slug}`}>
            <div className="review-head">
              <Link href={`/figures/${f.slug}`} className="value">
                {f.title}
              </Link>
              <span className="muted small">
                {f.unit} · {f.kind} · {f.topics.join(", ") || "no topic"} · version {f.version} ·{" "}
                <Link href={`/figures/${f.slug}/history`}>history</Link>
              </span>
            </div>
            <EditInPlace record={f} action={updateFigureAction} label={`Edit ${f.title}`} submit="Save figure">
              <FigureFields f={f} prefix={f.id} />
            </EditInPlace>
            <ArchiveFigureForm figure={f} action={archiveFigureAction} />
          </li>
        ))}
      </ul>
    </>
  );
}
