"use client";
// A form in a panel under its own heading, bound to a server action (create an account, change
// your password): a toast and a cleared form on success; on failure the message in a focused alert
// above the fields, and each field error beside its field (the fields' Field components).
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { toast } from "sonner";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  /** The heading's id, which names the form. */
  id: string;
  heading: string;
  className?: string;
  children: (form: { state: FormState; isPending: boolean }) => ReactNode;
};

export function PanelForm({ action, id, heading, className, children }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const formRef = useRef<HTMLFormElement>(null);
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok) {
      toast.success(state.message);
      formRef.current?.reset();
    } else if (state.message) errorRef.current?.focus();
  }, [state]);
  return (
    <form
      ref={formRef}
      action={formAction}
      className={["panel auth-form", className].filter(Boolean).join(" ")}
      aria-labelledby={id}
      noValidate
    >
      <h2 id={id}>{heading}</h2>
      {!state.ok && state.message && (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {state.message}
        </div>
      )}
      {children({ state, isPending })}
    </form>
  );
}
