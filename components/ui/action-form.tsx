"use client";
// A small form bound to a server action: a toast on success, the error (and any field errors)
// in a focused alert on failure. For forms whose fields need their own error slots, use
// PanelForm (components/ui/panel-form.tsx).
import { useActionState, useEffect, useRef, type ReactNode } from "react";
import { toast } from "sonner";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = {
  action: (prev: FormState, form: FormData) => Promise<FormState>;
  className?: string;
  children: ReactNode;
  "aria-label"?: string;
};

export function ActionForm({ action, className, children, ...rest }: Props) {
  const [state, formAction] = useActionState(action, {});
  const errorRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
    else if (state.message) errorRef.current?.focus();
  }, [state]);
  const fieldMessages = Object.values(state.fieldErrors ?? {}).flat();
  return (
    <form action={formAction} className={className} aria-label={rest["aria-label"]}>
      {children}
      {!state.ok && state.message && (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {[state.message, ...fieldMessages].join(" ")}
        </div>
      )}
    </form>
  );
}
