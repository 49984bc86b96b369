"use client";
// Email + password. Errors (wrong password, throttled, disabled account) appear above the
// fields and take focus so screen readers announce them.
import { useTranslations } from "next-intl";
import { useActionState, useEffect, useRef } from "react";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState>; next: string };

export function SignInForm({ action, next }: Props) {
  const t = useTranslations("signIn");
  const [state, formAction, isPending] = useActionState(action, {});
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.message) errorRef.current?.focus();
  }, [state]);
  return (
    <form action={formAction} className="panel auth-form" noValidate>
      {state.message && (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef} data-testid="form-error">
          {state.message}
        </div>
      )}
      <input type="hidden" name="next" value={next} />
      <Field name="email" label={t("email")} errors={state.fieldErrors?.email}>
        {(a11y) => (
          <input
            {...a11y}
            type="email"
            autoComplete="username"
            required
            defaultValue={state.values?.email ?? ""}
            autoFocus
          />
        )}
      </Field>
      <Field name="password" label={t("password")} errors={state.fieldErrors?.password}>
        {(a11y) => <input {...a11y} type="password" autoComplete="current-password" required />}
      </Field>
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? t("signingIn") : t("submit")}
      </button>
    </form>
  );
}
