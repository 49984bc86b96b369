"use client";
// Change your own password; errors sit beside the field they concern.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { PanelForm } from "@/components/ui/panel-form";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function ChangePasswordForm({ action }: Props) {
  const t = useTranslations("settings.password");
  return (
    <PanelForm action={action} id="password-heading" heading={t("heading")} className="narrow">
      {({ state, isPending }) => (
        <>
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
        </>
      )}
    </PanelForm>
  );
}
