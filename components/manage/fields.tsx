// The plain labelled fields of the Manage forms (uncontrolled; their errors come back in the
// form's alert, see components/ui/action-form.tsx).
import type { InputHTMLAttributes, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

type Labelled = { id: string; label: string };

export function TextField({ id, label, ...input }: Labelled & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} {...input} />
    </div>
  );
}

export function TextAreaField({ id, label, ...area }: Labelled & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <textarea id={id} {...area} />
    </div>
  );
}

type Choice = { value: string; label: string };
type SelectProps = Labelled & SelectHTMLAttributes<HTMLSelectElement> & { choices: readonly Choice[]; placeholder?: string };

/** A select; with `placeholder`, an empty first choice (disabled when the field is required). */
export function SelectField({ id, label, choices, placeholder, ...select }: SelectProps) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} {...select}>
        {placeholder !== undefined && (
          <option value="" disabled={select.required}>
            {placeholder}
          </option>
        )}
        {choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
    </div>
  );
}
