"use client";
// Change your own password; errors sit beside the field they concern.
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function ChangePasswordForm({ action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
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
      <h2 id="password-heading">Change your password</h2>
      {!state.ok && state.message && (
        <div className="form-error" role="alert">
          {state.message}
        </div>
      )}
      <Field name="currentPassword" label="Current password" errors={state.fieldErrors?.currentPassword}>
        {(a11y) => <input {...a11y} type="password" autoComplete="current-password" />}
      </Field>
      <Field name="newPassword" label="New password" hint="12–128 characters." errors={state.fieldErrors?.newPassword}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" />}
      </Field>
      <Field name="confirmPassword" label="New password again" errors={state.fieldErrors?.confirmPassword}>
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" />}
      </Field>
      <button className="button" type="submit" disabled={isPending}>
        Change password
      </button>
    </form>
  );
}
