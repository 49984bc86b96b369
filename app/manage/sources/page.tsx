// Manage → Sources: confirm which source each cited text names (or make a new source from it),
// add, edit and merge sources — as outlets are managed.
import type { Metadata } from "next";
import { EditInPlace } from "@/components/manage/edit-in-place";
import { ManageNav } from "@/components/manage/manage-nav";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { SOURCE_KIND_LABELS, SOURCE_KINDS } from "@/lib/sources/directory";
import { listAllSources, type SourceRow } from "@/lib/sources/list-all-sources";
import { listCitedTexts } from "@/lib/sources/list-cited-texts";
import { addSourceAction, confirmCitationsAction, mergeSourcesAction, updateSourceAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage sources" };

function SourceChoice({ id, name, label, sources, value }: { id: string; name: string; label: string; sources: SourceRow[]; value?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value ?? ""}>
        <option value="">Pick a source</option>
        {sources.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name} ({SOURCE_KIND_LABELS[s.kind]})
          </option>
        ))}
      </select>
    </div>
  );
}

function KindChoice({ id, name = "kind", value = "other" }: { id: string; name?: string; value?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>Kind</label>
      <select id={id} name={name} defaultValue={value}>
        {SOURCE_KINDS.map((k) => (
          <option key={k} value={k}>
            {SOURCE_KIND_LABELS[k]}
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function ManageSourcesPage() {
  await requirePageRole({ need: "editor", path: "/manage/sources" });
  const [sources, texts] = await Promise.all([listAllSources({}), listCitedTexts({})]);
  const live = sources.filter((s) => !s.mergedIntoId);
  const toConfirm = texts.filter((t) => !t.isConfirmed);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Manage</h1>
          <p className="muted">
            A source is where a number comes from (AFP&apos;s tally, the US government); an outlet is who published it. Logging
            proposes a source from its aliases; confirm or correct it here.
          </p>
        </div>
      </div>
      <ManageNav current="sources" />
      <section className="panel" aria-labelledby="confirm-title">
        <h2 id="confirm-title" style={{ marginTop: 0 }}>
          Cited text to confirm ({toConfirm.length})
        </h2>
        {toConfirm.length === 0 && <p className="muted">Every cited text is confirmed.</p>}
        <ul className="manage-list">
          {toConfirm.map((t, i) => (
            <li key={`${t.text}-${t.source?.id ?? "none"}`} className="panel" data-testid="cited-text">
              <div className="review-head">
                <strong>
                  <q>{t.text}</q>
                </strong>
                <span className="muted small">
                  {t.uses} {t.uses === 1 ? "report" : "reports"} · {t.source ? `proposed: ${t.source.name}` : "no source matches"}
                </span>
              </div>
              <ActionForm action={confirmCitationsAction} className="row" aria-label={`Confirm the source of “${t.text}”`}>
                <input type="hidden" name="text" value={t.text} />
                <SourceChoice id={`confirm-${i}`} name="sourceId" label="It is" sources={live} value={t.source?.id} />
                <div className="field">
                  <label htmlFor={`confirm-${i}-new`}>…or a new source named</label>
                  <input id={`confirm-${i}-new`} name="newName" placeholder={t.source ? "" : t.text} />
                </div>
                <KindChoice id={`confirm-${i}-kind`} name="newKind" />
                <div>
                  <button className="button">Confirm</button>
                </div>
              </ActionForm>
            </li>
          ))}
        </ul>
      </section>
      <section className="panel" aria-labelledby="add-title">
        <h2 id="add-title" style={{ marginTop: 0 }}>
          Add a source
        </h2>
        <ActionForm action={addSourceAction} className="stack" aria-label="Add a source">
          <div className="row">
            <div className="field">
              <label htmlFor="add-name">Name</label>
              <input id="add-name" name="name" required minLength={2} />
            </div>
            <KindChoice id="add-kind" />
            <div className="field">
              <label htmlFor="add-aliases">Aliases (separated by ;)</label>
              <input id="add-aliases" name="aliases" />
            </div>
          </div>
          <div>
            <button className="button">Add source</button>
          </div>
        </ActionForm>
      </section>
      <section className="panel" aria-labelledby="merge-title">
        <h2 id="merge-title" style={{ marginTop: 0 }}>
          Merge two duplicates
        </h2>
        <ActionForm action={mergeSourcesAction} className="stack" aria-label="Merge two sources">
          <div className="row">
            <SourceChoice id="merge-duplicate" name="duplicateId" label="Duplicate (its citations move)" sources={live} />
            <SourceChoice id="merge-survivor" name="survivorId" label="Keep" sources={live} />
            <div className="field">
              <label htmlFor="merge-reason">Why they are the same</label>
              <input id="merge-reason" name="reason" required minLength={3} />
            </div>
          </div>
          <div>
            <button className="button">Merge</button>
          </div>
        </ActionForm>
      </section>
      <ul className="manage-list">
        {sources.map((s) => (
          <li key={s.id} className="panel" data-testid={`source-${s.slug}`}>
            <div className="review-head">
              <strong className="value">{s.name}</strong>
              <span className="muted small">
                {SOURCE_KIND_LABELS[s.kind]} · {s.citationCount} {s.citationCount === 1 ? "citation" : "citations"} · version {s.version}
              </span>
              {s.mergedIntoName && <span className="badge">Merged into {s.mergedIntoName}</span>}
            </div>
            <p className="muted small">Aliases: {s.aliases.join("; ") || "none"}</p>
            {!s.mergedIntoId && (
              <EditInPlace record={s} action={updateSourceAction} label={`Edit ${s.name}`} submit="Save source">
                <div className="row">
                  <div className="field">
                    <label htmlFor={`${s.id}-name`}>Name</label>
                    <input id={`${s.id}-name`} name="name" required defaultValue={s.name} />
                  </div>
                  <KindChoice id={`${s.id}-kind`} value={s.kind} />
                  <div className="field">
                    <label htmlFor={`${s.id}-domains`}>Domains (comma-separated)</label>
                    <input id={`${s.id}-domains`} name="domains" defaultValue={s.domains.join(", ")} />
                  </div>
                </div>
                <div className="field">
                  <label htmlFor={`${s.id}-aliases`}>Aliases (separated by ;)</label>
                  <textarea id={`${s.id}-aliases`} name="aliases" rows={3} defaultValue={s.aliases.join("; ")} />
                </div>
              </EditInPlace>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
