"use client";
// The form an editor uses to log a newly reported value. Server-validated: errors come back
// per field from the server action and are shown next to each field; what was typed is kept.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import { NEW_OUTLET } from "@/lib/observations/form-to-input";
import { DATE_PRECISIONS, OUTLET_KINDS, QUALIFIERS } from "@/lib/observations/schemas";
import { QUALIFIER_LABELS } from "@/lib/observations/format-value";
import type { OutletOption } from "@/lib/outlets/list-outlets";

type Props = {
  figure: { slug: string; title: string; unit: string };
  outlets: OutletOption[];
  today: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
};

const PRECISION_LABELS: Record<(typeof DATE_PRECISIONS)[number], string> = {
  day: "Day",
  month: "Month",
  year: "Year",
  fiscal_year: "Fiscal year",
};

export function LogForm({ figure, outlets, today, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [outletId, setOutletId] = useState(v.outletId ?? "");
  const [qualifier, setQualifier] = useState(v.qualifier ?? "exact");
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (state.message) errorRef.current?.focus();
    if (state.values) {
      setOutletId(state.values.outletId ?? "");
      setQualifier(state.values.qualifier ?? "exact");
    }
  }, [state]);

  // React resets a form after its action runs. The text fields come back from their defaultValue
  // (the values sent back), but the controlled selects would show their first option while their
  // state still holds the choice ("exactly" shown, and sent on the next try, after "at least" was
  // picked). Submitting through a transition skips that reset; without JS, `action` still works.
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
      // Ctrl/Cmd+Enter saves from any field, the textareas included.
      onKeyDown={(ev) => {
        if (ev.key === "Enter" && (ev.ctrlKey || ev.metaKey)) ev.currentTarget.requestSubmit();
      }}
      aria-describedby="log-form-keys"
      className="log-form"
      noValidate
    >
      {state.message && (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef} data-testid="form-error">
          <strong>Nothing was saved.</strong> {state.message}
        </div>
      )}
      <input type="hidden" name="figureSlug" value={figure.slug} />

      <fieldset>
        <legend>The number</legend>
        <Field name="quote" label="Quote" hint="Paste the sentence exactly as published." errors={e.quote}>
          {(a) => <textarea {...a} defaultValue={v.quote} required autoFocus />}
        </Field>
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
          {!isRange && (
            <Field name="value" label={`Value (${figure.unit})`} hint="Digits only: 43, 253,000, 1.5" errors={e.value}>
              {(a) => <input {...a} inputMode="decimal" defaultValue={v.value} autoComplete="off" />}
            </Field>
          )}
          {isRange && (
            <>
              <Field name="low" label={`Low (${figure.unit})`} errors={e.low}>
                {(a) => <input {...a} inputMode="decimal" defaultValue={v.low} autoComplete="off" />}
              </Field>
              <Field name="high" label={`High (${figure.unit})`} errors={e.high}>
                {(a) => <input {...a} inputMode="decimal" defaultValue={v.high} autoComplete="off" />}
              </Field>
            </>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>Who reported it</legend>
        <Field name="outletId" label="Outlet" errors={e.outletId}>
          {(a) => (
            <select {...a} value={outletId} onChange={(ev) => setOutletId(ev.target.value)}>
              <option value="">Choose an outlet…</option>
              {outlets.map((o) => (
                <option key={o.id} value={o.id}>
                  {o.name}
                </option>
              ))}
              <option value={NEW_OUTLET}>+ Add a new outlet</option>
            </select>
          )}
        </Field>
        {outletId === NEW_OUTLET && (
          <div className="row">
            <Field name="newOutlet.name" label="New outlet's name" errors={e["newOutlet.name"]}>
              {(a) => <input {...a} defaultValue={v["newOutlet.name"]} />}
            </Field>
            <Field name="newOutlet.kind" label="Kind" errors={e["newOutlet.kind"]}>
              {(a) => (
                <select {...a} defaultValue={v["newOutlet.kind"] ?? "other"}>
                  {OUTLET_KINDS.map((k) => (
                    <option key={k} value={k}>
                      {k.replace(/_/g, " ")}
                    </option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="newOutlet.domain" label="Web domain" hint="e.g. apnews.com" errors={e["newOutlet.domain"]}>
              {(a) => <input {...a} defaultValue={v["newOutlet.domain"]} />}
            </Field>
          </div>
        )}
        <Field name="citedSources" label="Cited source" hint="Whose number it is. For a chain, nearest first: AFP tallies > US figures" errors={e.citedSources}>
          {(a) => <input {...a} defaultValue={v.citedSources} />}
        </Field>
        <Field name="url" label="Link to the article" errors={e.url}>
          {(a) => <input {...a} type="url" inputMode="url" defaultValue={v.url} placeholder="https://" />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>When</legend>
        <div className="row">
          <Field name="reportedOn" label="Reported on" errors={e.reportedOn}>
            {(a) => <input {...a} type="date" defaultValue={v.reportedOn ?? today} />}
          </Field>
          <Field name="reportedTime" label="Time (UTC, optional)" errors={e.reportedAt}>
            {(a) => <input {...a} type="time" defaultValue={v.reportedTime} />}
          </Field>
        </div>
        <div className="row">
          <Field name="refersStart" label="Refers to: from" errors={e.refersStart}>
            {(a) => <input {...a} type="date" defaultValue={v.refersStart} />}
          </Field>
          <Field name="refersEnd" label="Refers to: until" errors={e.refersEnd}>
            {(a) => <input {...a} type="date" defaultValue={v.refersEnd} />}
          </Field>
          <Field name="refersPrecision" label="Precision" errors={e.refersPrecision}>
            {(a) => (
              <select {...a} defaultValue={v.refersPrecision ?? ""}>
                <option value="">—</option>
                {DATE_PRECISIONS.map((p) => (
                  <option key={p} value={p}>
                    {PRECISION_LABELS[p]}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <Field name="refersLabel" label="Period in the reporter's words" hint="e.g. “since early September”, “fiscal year ending Sept 30, 2025”" errors={e.refersLabel}>
          {(a) => <input {...a} defaultValue={v.refersLabel} />}
        </Field>
        <Field name="note" label="Note (optional)" errors={e.note}>
          {(a) => <textarea {...a} defaultValue={v.note} style={{ minHeight: "3.5rem" }} />}
        </Field>
      </fieldset>

      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? "Saving…" : "Save value"}
        </button>{" "}
        <span className="small muted" id="log-form-keys">
          or press Ctrl+Enter
        </span>
      </div>
    </form>
  );
}
