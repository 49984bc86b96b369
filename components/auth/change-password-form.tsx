"use client";
// Change your own password; errors sit beside the field they concern.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function ChangePasswordForm({ action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const t = useTranslations("settings.password");
  useEffect(() => {
    if (state.ok) {
      toast.success(state.message);
      formRef.current?.reset();
    }
  }, [state]);
  return (
    <form
      ref={formRef}
      action={formAction}
      className="panel auth-form narrow"
      aria-labelledby="password-heading"
      noValidate
    >
      <h2 id="password-heading">{t("heading")}</h2>
      {!state.ok && state.message && (
        <div className="form-error" role="alert">
          {state.message}
        </div>
      )}
      <Field name="currentPassword" label={t("current")} errors={state.fieldErrors?.currentPassword}>
        {(a11y) => <input {...a11y} type="password" autoComplete="current-password" />}
      </Field>
      <Field name="newPassword" label={t("new")} hint={t("newHint")} errors={state.fieldErrors?.newPassword}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" />}
      </Field>
      <Field name="confirmPassword" label={t("again")} errors={state.fieldErrors?.confirmPassword}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" />}
      </Field>
      <button className="button" type="submit" disabled={isPending}>
        {t("button")}
      </button>
    </form>
  );
}
