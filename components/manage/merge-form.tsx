// "Merge two duplicates" (outlets, sources): the duplicate, the one to keep, and why. The verbs
// in lib/ move what pointed at the duplicate and keep it, marked merged, for its history.
import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/ui/action-form";
import type { FormState } from "@/lib/http/handle-form-action";
import { SelectField, TextField } from "./fields";

type Props = {
  action: (state: FormState, form: FormData) => Promise<FormState>;
  /** The form's accessible name ("Merge two outlets"). */
  label: string;
  duplicateLabel: string;
  placeholder: string;
  choices: { value: string; label: string }[];
};

export function MergeForm({ action, label, duplicateLabel, placeholder, choices }: Props) {
  const t = useTranslations("manage.merge");
  return (
    <section className="panel" aria-labelledby="merge-title">
      <h2 id="merge-title" style={{ marginTop: 0 }}>
        {t("heading")}
      </h2>
      <ActionForm action={action} className="stack" aria-label={label}>
        <div className="row">
          <SelectField
            id="merge-duplicate"
            name="duplicateId"
            label={duplicateLabel}
            choices={choices}
            placeholder={placeholder}
            required
            defaultValue=""
          />
          <SelectField
            id="merge-survivor"
            name="survivorId"
            label={t("keep")}
            choices={choices}
            placeholder={placeholder}
            required
            defaultValue=""
          />
          <TextField id="merge-reason" name="reason" label={t("why")} required minLength={3} />
        </div>
        <div>
          <button className="button">{t("button")}</button>
        </div>
      </ActionForm>
    </section>
  );
}
