// Manage → Outlets: rename or reclassify an outlet (version-checked), and merge duplicates.
import type { Metadata } from "next";
import { EditInPlace } from "@/components/manage/edit-in-place";
import { ManageNav } from "@/components/manage/manage-nav";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { OUTLET_KINDS } from "@/lib/outlets/schemas";
import { listAllOutlets, type OutletRow } from "@/lib/outlets/list-all-outlets";
import { mergeOutletsAction, updateOutletAction } from "../actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Manage outlets" };

function OutletChoice({ id, name, label, outlets }: { id: string; name: string; label: string; outlets: OutletRow[] }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} required defaultValue="">
        <option value="" disabled>
          Pick an outlet
        </option>
        {outlets.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name} ({o.observationCount})
          </option>
        ))}
      </select>
    </div>
  );
}

export default async function ManageOutletsPage() {
  await requirePageRole({ need: "editor", path: "/manage/outlets" });
  const outlets = await listAllOutlets({});
  const live = outlets.filter((o) => !o.mergedIntoId);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Manage</h1>
          <p className="muted">A merged outlet is kept (its history points at it) but no longer offered when logging.</p>
        </div>
      </div>
      <ManageNav current="outlets" />
      <section className="panel" aria-labelledby="merge-title">
        <h2 id="merge-title" style={{ marginTop: 0 }}>
          Merge two duplicates
        </h2>
        <ActionForm action={mergeOutletsAction} className="stack" aria-label="Merge two outlets">
          <div className="row">
            <OutletChoice id="merge-duplicate" name="duplicateId" label="Duplicate (its values move)" outlets={live} />
            <OutletChoice id="merge-survivor" name="survivorId" label="Keep" outlets={live} />
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
        {outlets.map((o) => (
          <li key={o.id} className="panel" data-testid={`outlet-${o.slug}`}>
            <div className="review-head">
              <strong className="value">{o.name}</strong>
              <span className="muted small">
                {o.kind} · {o.domains.join(", ") || "no domain"} · {o.observationCount} {o.observationCount === 1 ? "value" : "values"} · version {o.version}
              </span>
              {o.mergedIntoName && <span className="badge">Merged into {o.mergedIntoName}</span>}
            </div>
            {!o.mergedIntoId && (
              <EditInPlace record={o} action={updateOutletAction} label={`Edit ${o.name}`} submit="Save outlet">
                <div className="row">
                  <div className="field">
                    <label htmlFor={`${o.id}-name`}>Name</label>
                    <input id={`${o.id}-name`} name="name" required defaultValue={o.name} />
                  </div>
                  <div className="field">
                    <label htmlFor={`${o.id}-kind`}>Kind</label>
                    <select id={`${o.id}-kind`} name="kind" defaultValue={o.kind}>
                      {OUTLET_KINDS.map((k) => (
                        <option key={k} value={k}>
                          {k.replaceAll("_", " ")}
                        </option>
                      ))}
                    </select>
                  </div>
                  <div className="field">
                    <label htmlFor={`${o.id}-domains`}>Domains (comma-separated)</label>
                    <input id={`${o.id}-domains`} name="domains" defaultValue={o.domains.join(", ")} />
                  </div>
                </div>
              </EditInPlace>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}
