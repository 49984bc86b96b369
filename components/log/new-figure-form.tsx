"use client";
// Create a figure from the global /log page; on success the server action opens its log form.
import { useTranslations } from "next-intl";
import { useActionState, useState } from "react";
import { Field } from "@/components/ui/field";
import { submitProps } from "@/components/ui/submit-props";
import type { FormState } from "@/lib/http/handle-form-action";
import { FIGURE_KINDS } from "@/lib/figures/schemas";
import { slugify } from "@/lib/outlets/slugify";
import { NothingSaved } from "@/components/ui/nothing-saved";
import { Options } from "@/components/ui/options";

/** A figure kind's options, in words (this form and the article form's new figures). */
export function FigureKindOptions() {
  const t = useTranslations("kinds");
  return <Options values={FIGURE_KINDS} label={(kind) => t("label", { kind })} />;
}

export function NewFigureForm({ action }: { action: (s: FormState, f: FormData) => Promise<FormState> }) {
  const t = useTranslations("logStart");
  const tl = useTranslations("log");
  const [state, formAction, isPending] = useActionState(action, {});
  const v = state.values ?? {};
  const e = state.fieldErrors ?? {};
  const [title, setTitle] = useState(v.title ?? "");
  const [slug, setSlug] = useState(v.slug ?? "");
  const [isSlugTouched, setSlugTouched] = useState(false);
  return (
    <form {...submitProps(formAction)} className="log-form" noValidate>
      <NothingSaved state={state} words={tl("nothingSaved")} />
      <fieldset>
        <legend>{t("newFigure")}</legend>
        <Field name="title" label={t("title")} hint={t("titleHint")} errors={e.title}>
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
          <Field name="unit" label={t("unit")} hint={t("unitHint")} errors={e.unit}>
            {(a) => <input {...a} defaultValue={v.unit} />}
          </Field>
          <Field name="kind" label={t("kind")} errors={e.kind}>
            {(a) => (
              <select {...a} defaultValue={v.kind ?? "cumulative"}>
                <FigureKindOptions />
              </select>
            )}
          </Field>
          <Field name="slug" label={t("slug")} hint={t("slugHint")} errors={e.slug}>
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
          {isPending ? t("creating") : t("create")}
        </button>
      </div>
    </form>
  );
}
