"use client";
// Edit a logged value. The form carries the version it was opened at; if another editor saved
// in between, the server refuses (409) and this shows their stored values beside the ones typed
// here, field by field, so nothing is overwritten without the editor seeing it.
import Link from "next/link";
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import type { EditState } from "@/app/observations/[id]/actions";
import { QUALIFIER_LABELS } from "@/lib/observations/format-value";
import type { ObservationDto } from "@/lib/observations/observation-dto";
import { DATE_PRECISIONS, QUALIFIERS } from "@/lib/observations/schemas";
import { toFormValues, type ObservationFormValues } from "@/lib/observations/to-form-values";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { ConflictView } from "./conflict-view";

type Props = {
  observation: ObservationDto;
  unit: string;
  outlets: OutletOption[];
  action: (state: EditState, form: FormData) => Promise<EditState>;
};

export function EditForm({ observation, unit, outlets, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const stored = toFormValues(observation);
  const v: Record<string, string> = state.conflict ? {} : { ...stored, ...state.values };
  const e = state.fieldErrors ?? {};
  const [qualifier, setQualifier] = useState(v.qualifier ?? stored.qualifier);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message && !state.conflict) errorRef.current?.focus();
    if (state.values?.qualifier) setQualifier(state.values.qualifier);
  }, [state]);

  if (state.conflict) {
    return <ConflictView conflict={state.conflict} mine={(state.values ?? {}) as ObservationFormValues} outlets={outlets} formAction={formAction} isPending={isPending} />;
  }

  // Submitting through a transition keeps the selects as chosen when errors come back (see LogForm).
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget);
    startTransition(() => formAction(data));
  };
  const isRange = qualifier === "range";
  return (
    <form
      action={formAction}
      onSubmit={submit}
      className="log-form"
      onKeyDown={(ev) => {
        if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) ev.currentTarget.requestSubmit();
      }}
    >
      <input type="hidden" name="id" value={observation.id} />
      <input type="hidden" name="version" value={observation.version} />
      {state.message && (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {state.message}
        </div>
      )}
      <fieldset>
        <legend>The number</legend>
        <div className="row">
          <Field name="qualifier" label="Qualifier" errors={e.qualifier}>
            {(a) => (
              <select {...a} value={qualifier} onChange={(ev) => setQualifier(ev.target.value)}>
                {QUALIFIERS.map((q) => (
                  <option key={q} value={q}>
                    {QUALIFIER_LABELS[q]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          {isRange ? (
            <>
              <Field name="low" label={`Low (${unit})`} errors={e.low}>
                {(a) => <input {...a} inputMode="decimal" defaultValue={v.low} />}
              </Field>
              <Field name="high" label={`High (${unit})`} errors={e.high}>
                {(a) => <input {...a} inputMode="decimal" defaultValue={v.high} />}
              </Field>
            </>
          ) : (
            <Field name="value" label={`Value (${unit})`} errors={e.value}>
              {(a) => <input {...a} inputMode="decimal" defaultValue={v.value} />}
            </Field>
          )}
        </div>
      </fieldset>
      <fieldset>
        <legend>Who reported it, and when</legend>
        <div className="row">
          <Field name="outletId" label="Outlet" errors={e.outletId}>
            {(a) => (
              <select {...a} defaultValue={v.outletId}>
                {outlets.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field name="citedSources" label="Cited source" hint="Nearest first, separated by >" errors={e.citedSources}>
            {(a) => <input {...a} defaultValue={v.citedSources} />}
          </Field>
        </div>
        <div className="row">
          <Field name="reportedOn" label="Reported on" errors={e.reportedOn}>
            {(a) => <input {...a} type="date" defaultValue={v.reportedOn} />}
          </Field>
          <Field name="reportedTime" label="Time (UTC)" hint="Optional" errors={e.reportedAt}>
            {(a) => <input {...a} type="time" defaultValue={v.reportedTime} />}
          </Field>
          <Field name="url" label="Link to the article" errors={e.url}>
            {(a) => <input {...a} type="url" defaultValue={v.url} />}
          </Field>
        </div>
      </fieldset>
      <fieldset>
        <legend>What period it refers to</legend>
        <div className="row">
          <Field name="refersStart" label="From" errors={e.refersStart}>
            {(a) => <input {...a} type="date" defaultValue={v.refersStart} />}
          </Field>
          <Field name="refersEnd" label="To" errors={e.refersEnd}>
            {(a) => <input {...a} type="date" defaultValue={v.refersEnd} />}
          </Field>
          <Field name="refersPrecision" label="Precision" errors={e.refersPrecision}>
            {(a) => (
              <select {...a} defaultValue={v.refersPrecision}>
                <option value="">not stated</option>
                {DATE_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {p.replace("_", " ")}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field name="refersLabel" label="Period, in the reporter's words" errors={e.refersLabel}>
          {(a) => <input {...a} defaultValue={v.refersLabel} />}
        </Field>
      </fieldset>
      <fieldset>
        <legend>The evidence</legend>
        <Field name="quote" label="Quote" errors={e.quote}>
          {(a) => <textarea {...a} defaultValue={v.quote} />}
        </Field>
        <Field name="note" label="Note" hint="Optional" errors={e.note}>
          {(a) => <textarea {...a} defaultValue={v.note} />}
        </Field>
      </fieldset>
      <Field name="reason" label="Why the change?" hint="Optional; kept in the value's history." errors={e.reason}>
        {(a) => <input {...a} defaultValue={state.values?.reason} />}
      </Field>
      <div className="form-actions">
        <button className="button" disabled={isPending}>
          {isPending ? "Saving…" : "Save correction"}
        </button>
        <Link className="button secondary" href={`/observations/${observation.id}`}>
          Cancel
        </Link>
        <span className="small muted">Version {observation.version} · Ctrl+Enter saves</span>
      </div>
    </form>
  );
}
