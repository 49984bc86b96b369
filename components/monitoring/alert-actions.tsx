"use client";
// Under each unresolved alert: a note and Acknowledge / Resolve. Errors show next to the note.
import { useQueryClient } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { toast } from "sonner";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import { ALERT_SUMMARY_KEY } from "./use-open-alert-count";

type Props = {
  alert: { id: string; version: number; status: "open" | "acknowledged" };
  action: (state: FormState, form: FormData) => Promise<FormState>;
};

export function AlertActions({ alert, action }: Props) {
  const t = useTranslations("alerts");
  const queryClient = useQueryClient();
  // Toast from the action's result itself: on success the alert may leave the filtered list,
  // unmounting this form before an effect could run.
  const [state, formAction, isPending] = useActionState(async (prev: FormState, form: FormData) => {
    const result = await action(prev, form);
    if (result.ok && result.message) {
      toast.success(result.message);
      void queryClient.invalidateQueries({ queryKey: ALERT_SUMMARY_KEY });
    }
    return result;
  }, {});

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
        {alert.status === "open" && (
          <button className="button secondary" type="submit" name="action" value="acknowledge" disabled={isPending}>
            {t("acknowledge")}
          </button>
        )}
        <button className="button" type="submit" name="action" value="resolve" disabled={isPending}>
          {t("resolve")}
        </button>
      </div>
    </form>
  );
}
