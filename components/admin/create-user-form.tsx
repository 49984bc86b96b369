"use client";
// Create an account. Leave the password empty and Tally makes one, shown here once, to pass on.
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { PanelForm } from "@/components/ui/panel-form";
import type { FormState } from "@/lib/http/handle-form-action";
import { ROLES } from "@/lib/auth/actor";
import { Options } from "@/components/ui/options";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function CreateUserForm({ action }: Props) {
  const t = useTranslations("admin.createUser");
  return (
    <PanelForm action={action} id="create-user-heading" heading={t("heading")}>
      {({ state, isPending }) => {
        const v = state.ok ? {} : (state.values ?? {});
        return (
          <>
            {state.ok && state.secret && (
              <p className="form-ok" role="status" data-testid="generated-password">
                {state.message} {t("generated")} <code className="secret">{state.secret}</code>
              </p>
            )}
            <div className="row">
              <Field name="email" label={t("email")} errors={state.fieldErrors?.email}>
                {(a11y) => <input {...a11y} type="email" required defaultValue={v.email ?? ""} key={`e${v.email}`} />}
              </Field>
              <Field name="name" label={t("name")} errors={state.fieldErrors?.name}>
                {(a11y) => <input {...a11y} required defaultValue={v.name ?? ""} key={`n${v.name}`} />}
              </Field>
              <Field name="role" label={t("role")} errors={state.fieldErrors?.role}>
                {(a11y) => (
                  <select {...a11y} defaultValue={v.role ?? "editor"} key={`r${v.role}`}>
                    <Options values={ROLES} label={(role) => t("roleChoice", { role })} />
                  </select>
                )}
              </Field>
            </div>
            <Field name="password" label={t("password")} hint={t("passwordHint")} errors={state.fieldErrors?.password}>
              {(a11y) => <input {...a11y} type="password" autoComplete="new-password" />}
            </Field>
            <button className="button" type="submit" disabled={isPending}>
              {isPending ? t("adding") : t("add")}
            </button>
          </>
        );
      }}
    </PanelForm>
  );
}
