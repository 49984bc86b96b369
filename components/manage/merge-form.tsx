// "Merge two duplicates" (outlets, sources): the duplicate, the one to keep, and why. The verbs
// in lib/ move what pointed at the duplicate and keep it, marked merged, for its history.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/http/handle-form-action";
import { SelectField, TextField } from "./fields";
import { ManagePanel } from "./manage-panel";

type Props = {
  page: "outlets" | "sources";
  action: (state: FormState, form: FormData) => Promise<FormState>;
  choices: { value: string; label: string }[];
};

export function MergeForm({ page, action, choices }: Props) {
  const t = useTranslations("manage.merge");
  const tp = useTranslations(`manage.${page}`);
  // The duplicate and the one to keep are picked from the same list.
  const pickers = [
    { id: "merge-duplicate", name: "duplicateId", label: tp("duplicate") },
    { id: "merge-survivor", name: "survivorId", label: t("keep") },
  ];
  return (
    <ManagePanel id="merge-title" title={t("heading")}>
      <ActionForm action={action} className="stack" aria-label={tp("mergeLabel")}>
        <div className="row">
          {pickers.map((p) => (
            <SelectField key={p.id} {...p} choices={choices} placeholder={tp("pick")} required defaultValue="" />
          ))}
          <TextField id="merge-reason" name="reason" label={t("why")} required minLength={3} />
        </div>
        <div>
          <button className="button">{t("button")}</button>
        </div>
      </ActionForm>
    </ManagePanel>
  );
}
