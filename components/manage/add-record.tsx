// "Add a figure", "Add an event": a closed disclosure above the list, with the record's fields.
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { action: (state: FormState, form: FormData) => Promise<FormState>; label: string; submit: string; children: ReactNode };

export function AddRecord({ action, label, submit, children }: Props) {
  return (
    <details className="panel manage-new">
      <summary>{label}</summary>
      <ActionForm action={action} className="stack" aria-label={label}>
        {children}
        <div>
          <button className="button">{submit}</button>
        </div>
      </ActionForm>
    </details>
  );
}
