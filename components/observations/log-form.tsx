"use client";
// The form an editor uses to log a newly reported value. Paste the sentence and the link at the
// top: Tally proposes the number, qualifier, quote, outlet and date, and the editor confirms or
// fixes them. Server-validated: errors come back per field from the server action and are shown
// next to each field; warnings (likely duplicate, …) come back first and "Save anyway" resends.
import { startTransition, useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import type { Candidate } from "@/lib/extract/extract-figures";
import { proposeFromUrl } from "@/lib/extract/propose-from-url";
import { formatDate } from "@/lib/format/format-date";
import type { FormState } from "@/lib/http/handle-form-action";
import { NEW_OUTLET } from "@/lib/observations/form-to-input";
import { DATE_PRECISIONS, OUTLET_KINDS, QUALIFIERS } from "@/lib/observations/schemas";
import { QUALIFIER_LABELS } from "@/lib/observations/format-value";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { PasteSentence } from "./paste-sentence";

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

/** The fields the paste boxes fill in, kept in state so a proposal can change them. */
function fieldsFrom(v: Record<string, string>, today: string) {
  return {
    quote: v.quote ?? "",
    qualifier: v.qualifier ?? "exact",
    value: v.value ?? "",
    low: v.low ?? "",
    high: v.high ?? "",
    url: v.url ?? "",
    outletId: v.outletId ?? "",
    newOutletName: v["newOutlet.name"] ?? "",
    newOutletDomain: v["newOutlet.domain"] ?? "",
    reportedOn: v.reportedOn ?? today,
  };
}

export function LogForm({ figure, outlets, today, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [f, setF] = useState(() => fieldsFrom({}, today));
  const set = (patch: Partial<typeof f>) => setF((old) => ({ ...old, ...patch }));
  const [urlNote, setUrlNote] = useState("");
  // Proposals from the link never overwrite what the editor chose by hand.
  const touched = useRef({ outlet: false, reportedOn: false });
  const errorRef = useRef<HTMLDivElement>(null);
  const saveAnywayRef = useRef<HTMLButtonElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (confirmRef.current) confirmRef.current.value = "";
    if (state.message) errorRef.current?.focus();
    else if (state.warnings?.length) saveAnywayRef.current?.focus();
    if (state.values) setF(fieldsFrom(state.values, today));
  }, [state, today]);

  const choose = (c: Candidate) =>
    set({ qualifier: c.qualifier, value: c.value ?? "", low: c.low ?? "", high: c.high ?? "", quote: c.quote });

  const onUrl = (url: string) => {
    const proposal = proposeFromUrl({ url, outlets });
    const patch: Partial<typeof f> = { url };
    const notes: string[] = [];
    if (proposal && !touched.current.outlet) {
      if (proposal.outlet) {
        patch.outletId = proposal.outlet.id;
        notes.push(`outlet “${proposal.outlet.name}”`);
      } else if (proposal.newOutletName) {
        Object.assign(patch, { outletId: NEW_OUTLET, newOutletName: proposal.newOutletName, newOutletDomain: proposal.domain });
        notes.push(`a new outlet “${proposal.newOutletName}” (${proposal.domain})`);
      }
    }
    if (proposal?.reportedOn && !touched.current.reportedOn) {
      patch.reportedOn = proposal.reportedOn;
      notes.push(`reported on ${formatDate(proposal.reportedOn)}`);
    }
    set(patch);
    setUrlNote(notes.length ? `From the link: ${notes.join(", ")}. Check below.` : "");
  };

  // React resets a form after its action runs; submitting through a transition skips that reset
  // (the selects would otherwise show their first option). Without JS, `action` still works.
  const submit = (ev: FormEvent<HTMLFormElement>) => {
    ev.preventDefault();
    const data = new FormData(ev.currentTarget);
    startTransition(() => formAction(data));
  };
  const saveAnyway = () => {
    if (confirmRef.current) confirmRef.current.value = "1";
    formRef.current?.requestSubmit();
  };

  const isRange = f.qualifier === "range";
  const warnings = state.warnings ?? [];
  return (
    <form
      ref={formRef}
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
      {warnings.length > 0 && (
        <div className="form-warning" role="alert" data-testid="form-warnings">
          <strong>Check before saving — nothing was saved yet:</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
          <button type="button" className="button" ref={saveAnywayRef} onClick={saveAnyway} disabled={isPending}>
            Save anyway
          </button>{" "}
          <span className="small muted">or fix the fields and save again.</span>
        </div>
      )}
      <input type="hidden" name="figureSlug" value={figure.slug} />
      <input type="hidden" name="confirmWarnings" defaultValue="" ref={confirmRef} />

      <fieldset>
        <legend>From the article</legend>
        <PasteSentence unit={figure.unit} onChoose={choose} />
        <Field name="url" label="Link to the article" hint="Tally proposes the outlet and date from it (the page is not fetched)." errors={e.url}>
          {(a) => <input {...a} type="url" inputMode="url" value={f.url} onChange={(ev) => onUrl(ev.target.value)} placeholder="https://" />}
        </Field>
        <p className="small url-note" role="status" data-testid="url-note">
          {urlNote}
        </p>
      </fieldset>

      <fieldset>
        <legend>The number</legend>
        <Field name="quote" label="Quote" hint="The sentence exactly as published." errors={e.quote}>
          {(a) => <textarea {...a} value={f.quote} onChange={(ev) => set({ quote: ev.target.value })} required />}
        </Field>
        <div className="row">
          <Field name="qualifier" label="Qualifier" errors={e.qualifier}>
            {(a) => (
              <select {...a} value={f.qualifier} onChange={(ev) => set({ qualifier: ev.target.value })}>
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
              {(a) => <input {...a} inputMode="decimal" value={f.value} onChange={(ev) => set({ value: ev.target.value })} autoComplete="off" />}
            </Field>
          )}
          {isRange && (
            <>
              <Field name="low" label={`Low (${figure.unit})`} errors={e.low}>
                {(a) => <input {...a} inputMode="decimal" value={f.low} onChange={(ev) => set({ low: ev.target.value })} autoComplete="off" />}
              </Field>
              <Field name="high" label={`High (${figure.unit})`} errors={e.high}>
                {(a) => <input {...a} inputMode="decimal" value={f.high} onChange={(ev) => set({ high: ev.target.value })} autoComplete="off" />}
              </Field>
            </>
          )}
        </div>
      </fieldset>

      <fieldset>
        <legend>Who reported it</legend>
        <Field name="outletId" label="Outlet" errors={e.outletId}>
          {(a) => (
            <select
              {...a}
              value={f.outletId}
              onChange={(ev) => {
                touched.current.outlet = true;
                set({ outletId: ev.target.value });
              }}
            >
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
        {f.outletId === NEW_OUTLET && (
          <div className="row">
            <Field name="newOutlet.name" label="New outlet's name" errors={e["newOutlet.name"]}>
              {(a) => <input {...a} value={f.newOutletName} onChange={(ev) => set({ newOutletName: ev.target.value })} />}
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
              {(a) => <input {...a} value={f.newOutletDomain} onChange={(ev) => set({ newOutletDomain: ev.target.value })} />}
            </Field>
          </div>
        )}
        <Field name="citedSources" label="Cited source" hint="Whose number it is. For a chain, nearest first: AFP tallies > US figures" errors={e.citedSources}>
          {(a) => <input {...a} defaultValue={v.citedSources} />}
        </Field>
      </fieldset>

      <fieldset>
        <legend>When</legend>
        <div className="row">
          <Field name="reportedOn" label="Reported on" errors={e.reportedOn}>
            {(a) => (
              <input
                {...a}
                type="date"
                value={f.reportedOn}
                onChange={(ev) => {
                  touched.current.reportedOn = true;
                  set({ reportedOn: ev.target.value });
                }}
              />
            )}
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
