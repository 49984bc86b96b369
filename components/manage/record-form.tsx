// A record's form on the Manage pages, in a disclosure: "Add a figure" above the list, or a
// record's "Edit". Editing carries the id and the version it was opened at, so a save over
// someone else's newer one is refused (the verbs in lib/ compare versions). The fields are keyed by
// version: after a save they start again from the stored values, while the form itself (and its
// saved toast) stays.
import { Fragment, type ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The record edited; none when adding one. */
  record?: { id: string; version: number };
  summary: string;
  /** The form's accessible name, e.g. "Edit Reuters". */
  label: string;
  submit: string;
  className?: string;
  children: ReactNode;
};

export function RecordForm({ action, record, summary, label, submit, className, children }: Props) {
  return (
    <details className={className}>
      <summary>{summary}</summary>
      <ActionForm action={action} className="stack" aria-label={label}>
        {record && <input type="hidden" name="id" value={record.id} />}
        {record && <input type="hidden" name="version" value={record.version} />}
        <Fragment key={record?.version}>{children}</Fragment>
        <div>
          <button className="button">{submit}</button>
        </div>
      </ActionForm>
    </details>
  );
}
