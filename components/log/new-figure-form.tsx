"use client";
// Create a figure from the global /log page; on success the server action opens its log form.
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { submitProps } from "@/components/ui/submit-props";
import type { FormState } from "@/lib/http/handle-form-action";
import { FIGURE_KIND_LABELS, FIGURE_KINDS } from "@/lib/figures/schemas";
import { slugify } from "@/lib/outlets/slugify";

/** A figure kind's options, in words (this form and the article form's new figures). */
export function FigureKindOptions() {
  return FIGURE_KINDS.map((k) => (
    <option key={k} value={k}>
      {FIGURE_KIND_LABELS[k]}
    </option>
  ));
}

export function NewFigureForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [title, setTitle] = useState(v.title ?? "");
  const [slug, setSlug] = useState(v.slug ?? "");
  const [isSlugTouched, setSlugTouched] = useState(false);
  return (
    <form {...submitProps(formAction)} className="log-form" noValidate>
      {state.message && (
        <div className="form-error" role="alert">
          <strong>Nothing was saved.</strong> {state.message}
        </div>
      )}
      <fieldset>
        <legend>New figure</legend>
        <Field name="title" label="Title" hint="What is counted, e.g. “People killed in US strikes on alleged drug boats”" errors={e.title}>
          {(a) => (
            <input
              {...a}
              value={title}
              onChange={(ev) => {
                setTitle(ev.target.value);
                if (!isSlugTouched) setSlug(slugify(ev.target.value));
              }}
            />
          )}
        </Field>
        <div className="row">
          <Field name="unit" label="Unit" hint="people, USD, percent, hectares…" errors={e.unit}>
            {(a) => <input {...a} defaultValue={v.unit} />}
          </Field>
          <Field name="kind" label="Kind" errors={e.kind}>
            {(a) => (
              <select {...a} defaultValue={v.kind ?? "cumulative"}>
                <FigureKindOptions />
              </select>
            )}
          </Field>
          <Field name="slug" label="Slug" hint="Its web address: /figures/<slug>" errors={e.slug}>
            {(a) => (
              <input
                {...a}
                value={slug}
                onChange={(ev) => {
                  setSlugTouched(true);
                  setSlug(ev.target.value);
                }}
              />
            )}
          </Field>
        </div>
      </fieldset>
      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? "Creating…" : "Create figure and log a value"}
        </button>
      </div>
    </form>
  );
}
