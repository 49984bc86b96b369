"use client";
// Shown when a save was refused because another editor saved first: their stored values beside
// the ones typed here, field by field, the differing ones marked. The editor can put theirs on
// top of the new version (a fresh save against it) or keep what is stored. When the version the
// editor opened is known, MergeView shows the three-way merge instead (only fields both changed).
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { EditState } from "@/lib/observations/edit-state";
import { formatDate } from "@/lib/format/format-date";
import { QUALIFIER_LABELS, type Qualifier } from "@/lib/values/qualifiers";
import { EDIT_FIELDS, sameFieldValue, toFormValues, type ObservationFormValues } from "@/lib/observations/observation-form";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { MergeView } from "./merge-view";

type Props = {
  conflict: NonNullable<EditState["conflict"]>;
  mine: ObservationFormValues & { reason?: string };
  outlets: OutletOption[];
  formAction: (form: FormData) => void;
  isPending: boolean;
};

export function ConflictView({ conflict, mine, outlets, formAction, isPending }: Props) {
  const { current } = conflict;
  const theirs = toFormValues(current);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [conflict]);
  const outletName = (id: string) => outlets.find((o) => o.id === id)?.name ?? id;
  const shown = (name: string, value: string) =>
    (name === "outletId" ? outletName(value) : name === "qualifier" ? (QUALIFIER_LABELS[value as Qualifier] ?? value) : value) || "—";
  const rows = EDIT_FIELDS.map((f) => ({ ...f, theirs: theirs[f.name], mine: mine[f.name] ?? "", differs: !sameFieldValue(f.name, theirs[f.name], mine[f.name] ?? "") }));
  const differing = rows.filter((r) => r.differs).length;
  const when = conflict.at ? ` on ${formatDate(conflict.at)} at ${conflict.at.slice(11, 16)} UTC` : "";
  return (
    <section className="conflict" aria-labelledby="conflict-title" data-testid="edit-conflict">
      <h2 id="conflict-title" tabIndex={-1} ref={headingRef}>
        Someone else saved this value first
      </h2>
      <p>
        {conflict.by} saved version {current.version}
        {when}. Your changes were <strong>not</strong> saved.{" "}
        {!conflict.merge && (
          <>
            Compare the {differing} differing {differing === 1 ? "field" : "fields"} below, then choose.
          </>
        )}
      </p>
      {current.status === "retracted" && (
        <p className="form-error">It has been retracted since: “{current.statusReason}”.</p>
      )}
      {conflict.merge && current.status !== "retracted" ? (
        <MergeView conflict={conflict} merge={conflict.merge} mine={mine} outlets={outlets} formAction={formAction} isPending={isPending} />
      ) : (
        <TwoWay rows={rows} shown={shown} conflict={conflict} mine={mine} formAction={formAction} isPending={isPending} />
      )}
    </section>
  );
}

type Row = { name: string; label: string; theirs: string; mine: string; differs: boolean };

/** Without the opened version: stored beside typed, and keeping theirs is the first choice. */
function TwoWay(props: {
  rows: Row[];
  shown: (name: string, value: string) => string;
  conflict: NonNullable<EditState["conflict"]>;
  mine: ObservationFormValues & { reason?: string };
  formAction: (form: FormData) => void;
  isPending: boolean;
}) {
  const { rows, shown, conflict, mine, formAction, isPending } = props;
  const { current } = conflict;
  return (
    <>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Stored values beside yours</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">Stored now (version {current.version}, by {conflict.by})</th>
              <th scope="col">Yours</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.name} className={r.differs ? "differs" : undefined} data-field={r.name}>
                <th scope="row">
                  {r.label}
                  {r.differs && <span className="differs-tag"> differs</span>}
                </th>
                <td>{shown(r.name, r.theirs)}</td>
                <td>{shown(r.name, r.mine)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <form action={formAction} className="form-actions">
        {/* Yours, saved against the version that is stored now: a deliberate overwrite. */}
        <input type="hidden" name="id" value={current.id} />
        <input type="hidden" name="version" value={current.version} />
        {EDIT_FIELDS.map((f) => (
          <input key={f.name} type="hidden" name={f.name} value={mine[f.name] ?? ""} />
        ))}
        <input type="hidden" name="reason" value={mine.reason ?? ""} />
        <Link className="button" href={`/observations/${current.id}`}>
          Keep theirs
        </Link>
        <a className="button secondary" href={`/observations/${current.id}/edit`}>
          Edit again from theirs
        </a>
        <button className="button secondary" disabled={isPending}>
          Apply mine on top of version {current.version}
        </button>
      </form>
    </>
  );
}
