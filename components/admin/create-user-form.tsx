"use client";
// Create an account. Leave the password empty and Tally makes one, shown here once, to pass on.
import { useActionState, useEffect, useRef } from "react";
import { toast } from "sonner";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { action: (prev: FormState, form: FormData) => Promise<FormState> };

export function CreateUserForm({ action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok) {
      toast.success(state.message);
      formRef.current?.reset();
    } else if (state.message) errorRef.current?.focus();
  }, [state]);
  const v = state.ok ? {} : (state.values ?? {});
  return (
    <form
      ref={formRef}
      action={formAction}
      className="panel auth-form"
      aria-labelledby="create-user-heading"
      noValidate
    >
      <h2 id="create-user-heading">Add a person</h2>
      {!state.ok && state.message && (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {state.message}
        </div>
      )}
      {state.ok && state.secret && (
        <p className="form-ok" role="status" data-testid="generated-password">
          {state.message} Their password, shown only now: <code className="secret">{state.secret}</code>
        </p>
      )}
      <div className="row">
        <Field name="email" label="Email" errors={state.fieldErrors?.email}>
          {(a11y) => <input {...a11y} type="email" required defaultValue={v.email ?? ""} key={`e${v.email}`} />}
        </Field>
        <Field name="name" label="Name" errors={state.fieldErrors?.name}>
          {(a11y) => <input {...a11y} required defaultValue={v.name ?? ""} key={`n${v.name}`} />}
        </Field>
        <Field name="role" label="Role" errors={state.fieldErrors?.role}>
          {(a11y) => (
            <select {...a11y} defaultValue={v.role ?? "editor"} key={`r${v.role}`}>
              <option value="viewer">viewer — reads only</option>
              <option value="editor">editor — logs, checks, corrects</option>
              <option value="admin">admin — also people and settings</option>
            </select>
          )}
        </Field>
      </div>
      <Field
        name="password"
        label="Password (optional)"
        hint="12–128 characters. Leave empty to generate one."
        errors={state.fieldErrors?.password}
      >
        {(a11y) => <input {...a11y} type="password" autoComplete="new-password" />}
      </Field>
      <button className="button" type="submit" disabled={isPending}>
        {isPending ? "Adding…" : "Add person"}
      </button>
    </form>
  );
}
