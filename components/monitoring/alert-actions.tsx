"use client";
// Under each unresolved alert: a note and Acknowledge / Resolve. Errors show next to the note.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import { AlertDecisions } from "./alert-decisions";
import { useAlertAction } from "./use-alert-action";

type Props = {
  alert: { id: string; version: number; status: "open" | "acknowledged" };
  action: (state: FormState, form: FormData) => Promise<FormState>;
};

export function AlertActions({ alert, action }: Props) {
  const t = useTranslations("alerts");
  const [state, formAction, isPending] = useAlertAction(action);

  return (
    <form action={formAction} className="alert-actions" aria-label={t("actionsLabel")}>
      {!state.ok && state.message && !state.fieldErrors && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
      <input type="hidden" name="alertId" value={alert.id} />
      <input type="hidden" name="version" value={alert.version} />
      <Field name={`note-${alert.id}`} label={t("note")} hint={t("noteHint")} errors={state.fieldErrors?.note}>
        {(a) => <textarea {...a} name="note" rows={2} defaultValue={state.values?.note} />}
      </Field>
      <div className="alert-buttons">
        <AlertDecisions canAcknowledge={alert.status === "open"} isPending={isPending} />
      </div>
    </form>
  );
}
