"use client";
// Above the alert list: acknowledge or resolve every ticked alert with one note. The checkboxes
// live in the cards and join this form through form="bulk-alerts".
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import { BULK_FORM_ID } from "./alert-card";
import { AlertDecisions } from "./alert-decisions";
import { useAlertAction } from "./use-alert-action";

type Props = { action: (state: FormState, form: FormData) => Promise<FormState> };

const pickAll = (checked: boolean) =>
  document
    .querySelectorAll<HTMLInputElement>(`input[form="${BULK_FORM_ID}"][name="alert"]`)
    .forEach((c) => (c.checked = checked));

export function BulkAlertActions({ action }: Props) {
  const t = useTranslations("alerts");
  const [state, formAction, isPending] = useAlertAction(action, () => pickAll(false));
  const errors = state.fieldErrors ?? {};
  return (
    <form id={BULK_FORM_ID} action={formAction} className="alert-bulk" aria-label={t("tickedLabel")}>
      {!state.ok && state.message && (
        <p className="form-error" role="alert">
          {state.message} {t("nothingChanged")}
        </p>
      )}
      <div className="alert-bulk-row">
        <button type="button" className="button secondary small-button" onClick={() => pickAll(true)}>
          {t("tickAll")}
        </button>
        <button type="button" className="button secondary small-button" onClick={() => pickAll(false)}>
          {t("untickAll")}
        </button>
        <Field name="bulk-note" label={t("bulkNote")} errors={errors.note ?? errors.alerts}>
          {(a) => <input {...a} name="note" defaultValue={state.values?.note} placeholder={t("bulkNotePlaceholder")} />}
        </Field>
        <AlertDecisions canAcknowledge isPending={isPending} isBulk />
      </div>
    </form>
  );
}
