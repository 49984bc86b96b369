// The plain labelled fields of the Manage forms (uncontrolled; their errors come back in the
// form's alert, see components/ui/action-form.tsx).
import { useTranslations } from "next-intl";
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Labelled = { id: string; label: string };

function Labelled({ id, label, children }: Labelled & { children: ReactNode }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}

export const TextField = ({ id, label, ...input }: Labelled & InputHTMLAttributes<HTMLInputElement>) => (
  <Labelled id={id} label={label}>
    <input id={id} {...input} />
  </Labelled>
);

export const TextAreaField = ({ id, label, ...area }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) => (
  <Labelled id={id} label={label}>
    <textarea id={id} {...area} />
  </Labelled>
);

type Choice = { value: string; label: string };
type SelectProps = Labelled &
  SelectHTMLAttributes<HTMLSelectElement> & { choices: readonly Choice[]; placeholder?: string };

/** A select; with `placeholder`, an empty first choice (disabled when the field is required). */
export function SelectField({ id, label, choices, placeholder, ...select }: SelectProps) {
  const empty = placeholder === undefined ? [] : [{ value: "", label: placeholder }];
  return (
    <Labelled id={id} label={label}>
      <select id={id} {...select}>
        {[...empty, ...choices].map((c) => (
          <option key={c.value} value={c.value} disabled={c.value === "" && select.required}>
            {c.label}
          </option>
        ))}
      </select>
    </Labelled>
  );
}

/** What an outlet's and a source's edit forms share: its name, kind and domains. */
export function DirectoryFields({
  record,
  kinds,
}: {
  record: { id: string; name: string; kind: string; domains: string[] };
  kinds: readonly Choice[];
}) {
  const t = useTranslations("manage.field");
  const id = (name: string) => `${record.id}-${name}`;
  return (
    <div className="row">
      <TextField id={id("name")} name="name" label={t("name")} required defaultValue={record.name} />
      <SelectField id={id("kind")} name="kind" label={t("kind")} choices={kinds} defaultValue={record.kind} />
      <TextField id={id("domains")} name="domains" label={t("domains")} defaultValue={record.domains.join(", ")} />
    </div>
  );
}
