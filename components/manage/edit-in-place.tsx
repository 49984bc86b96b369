// A record's "Edit" disclosure on the manage pages: its fields in a form that carries the id and
// the version it was opened at, so a save over someone else's newer one is refused (the verbs in
// lib/ compare versions). Keyed by version: after a save, the form starts again from the stored values.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = {
  record: { id: string; version: number };
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The record's name: the form is called "Edit <name>". */
  name: string;
  submit: string;
  children: ReactNode;
};

export function EditInPlace({ record, action, name, submit, children }: Props) {
  const t = useTranslations("manage");
  return (
    <details>
      <summary>{t("edit")}</summary>
      <ActionForm key={record.version} action={action} className="stack" aria-label={t("editRecord", { name })}>
        <input type="hidden" name="id" value={record.id} />
        <input type="hidden" name="version" value={record.version} />
        {children}
        <div>
          <button className="button">{submit}</button>
        </div>
      </ActionForm>
    </details>
  );
}
