"use client";
// The three-way conflict screen: the version the editor opened, what another editor saved since
// (with their reason) and what this editor typed (with theirs). Fields only one side changed are
// already merged; each field both changed gets an explicit choice, and the default keeps the
// other editor's value, so saving without choosing never undoes a colleague's correction.
import Link from "next/link";
import { useState } from "react";
import type { EditState } from "@/lib/observations/edit-state";
import { QUALIFIER_LABELS, type Qualifier } from "@/lib/values/qualifiers";
import type { StaleEditMerge } from "@/lib/observations/stale-edit-error";
import { EDIT_FIELDS, toFormValues, type ObservationFormValues } from "@/lib/observations/observation-form";
import type { OutletOption } from "@/lib/outlets/list-outlets";

type Props = {
  conflict: NonNullable<EditState["conflict"]>;
  merge: StaleEditMerge;
  mine: ObservationFormValues & { reason?: string };
  outlets: OutletOption[];
  formAction: (form: FormData) => void;
  isPending: boolean;
};

const labelOf = (name: string) => EDIT_FIELDS.find((f) => f.name === name)?.label ?? name;

export function MergeView({ conflict, merge, mine, outlets, formAction, isPending }: Props) {
  const { current } = conflict;
  const theirs = toFormValues(current);
  const base = toFormValues(merge.base);
  const [picks, setPicks] = useState<Record<string, "theirs" | "mine">>({});
  const outletName = (id: string) => outlets.find((o) => o.id === id)?.name ?? id;
  const shown = (name: string, value: string) =>
    (name === "outletId" ? outletName(value) : name === "qualifier" ? (QUALIFIER_LABELS[value as Qualifier] ?? value) : value) || "—";
  const final = { ...merge.merged };
  for (const f of merge.conflicts) if (picks[f] === "mine") final[f] = mine[f] ?? "";
  const theirReasons = merge.theirEdits.filter((e) => e.reason);
  const ownMerged = merge.mineChanged.filter((f) => !merge.conflicts.includes(f));
  const theirMerged = merge.theirsChanged.filter((f) => !merge.conflicts.includes(f) && !merge.mineChanged.includes(f));
  return (
    <form action={formAction} className="merge">
      <p>
        <strong>You both changed {merge.conflicts.map(labelOf).join(", ")}.</strong> Choose for each field below;
        unless you pick yours, {conflict.by}&apos;s value stays.
      </p>
      <div className="table-wrap">
        <table>
          <caption className="sr-only">Fields you both changed</caption>
          <thead>
            <tr>
              <th scope="col">Field</th>
              <th scope="col">When you opened it (version {merge.base.version})</th>
              <th scope="col">Theirs (version {current.version})</th>
              <th scope="col">Yours</th>
              <th scope="col">Keep</th>
            </tr>
          </thead>
          <tbody>
            {merge.conflicts.map((f) => (
              <tr key={f} className="differs" data-field={f}>
                <th scope="row">{labelOf(f)}</th>
                <td data-label={`When you opened it (version ${merge.base.version})`}>{shown(f, base[f])}</td>
                <td data-label={`Theirs (version ${current.version})`}>{shown(f, theirs[f])}</td>
                <td data-label="Yours">{shown(f, mine[f] ?? "")}</td>
                <td data-label="Keep">
                  <fieldset className="pick">
                    <legend className="sr-only">Keep which {labelOf(f)}?</legend>
                    <label>
                      <input type="radio" name={`pick-${f}`} checked={picks[f] !== "mine"} onChange={() => setPicks((p) => ({ ...p, [f]: "theirs" }))} />{" "}
                      Theirs
                    </label>{" "}
                    <label>
                      <input type="radio" name={`pick-${f}`} checked={picks[f] === "mine"} onChange={() => setPicks((p) => ({ ...p, [f]: "mine" }))} />{" "}
                      Mine
                    </label>
                  </fieldset>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <dl className="merge-reasons">
        <dt>Their reason</dt>
        <dd data-testid="their-reason">
          {theirReasons.length ? theirReasons.map((e) => `“${e.reason}” (${e.by})`).join("; ") : "No reason given."}
        </dd>
        <dt>Your reason</dt>
        <dd data-testid="your-reason">{mine.reason ? `“${mine.reason}”` : "No reason given."}</dd>
      </dl>
      {(ownMerged.length > 0 || theirMerged.length > 0) && (
        <p className="muted" data-testid="merged-on-their-own">
          Merged on their own: {[...ownMerged.map((f) => `${labelOf(f)} (yours)`), ...theirMerged.map((f) => `${labelOf(f)} (theirs)`)].join(", ")}.
        </p>
      )}
      <input type="hidden" name="id" value={current.id} />
      <input type="hidden" name="version" value={current.version} />
      {EDIT_FIELDS.map((f) => (
        <input key={f.name} type="hidden" name={f.name} value={final[f.name]} />
      ))}
      <input type="hidden" name="reason" value={mine.reason ?? ""} />
      <div className="form-actions">
        <button className="button" disabled={isPending}>
          Save the merged version
        </button>
        <Link className="button secondary" href={`/observations/${current.id}`}>
          Drop my changes
        </Link>
      </div>
    </form>
  );
}
