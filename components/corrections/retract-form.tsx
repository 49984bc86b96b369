"use client";
// Retract with a reason. Nothing is deleted: the value stays in tables (struck through), in the
// CSV with its status, and in its history.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { id: string; version: number; action: (state: FormState, form: FormData) => Promise<FormState> };

export function RetractForm({ id, version, action }: Props) {
  const t = useTranslations("forms.retract");
  const [state, formAction, isPending] = useActionState(action, {});
  const reasonErrors = state.fieldErrors?.reason;
  return (
    <details className="retract">
      <summary className="button secondary danger">{t("open")}</summary>
      <form action={formAction} className="stack">
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <Field name="reason" label={t("why")} hint={t("whyHint")} errors={reasonErrors}>
          {(a) => <textarea {...a} required defaultValue={state.values?.reason} />}
        </Field>
        {state.message && !reasonErrors && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        <div>
          <button className="button danger" disabled={isPending}>
            {t("button")}
          </button>
        </div>
      </form>
    </details>
  );
}
