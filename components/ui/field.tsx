// A labelled form field whose errors are announced with it (aria-describedby, aria-invalid).
import type { ReactNode } from "react";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: string[];
  children: (a11y: { id: string; name: string; "aria-invalid"?: true; "aria-describedby"?: string }) => ReactNode;
};

export function Field({ name, label, hint, errors, children }: Props) {
  const id = `f-${name.replace(/\W/g, "-")}`;
  const described = [hint ? `${id}-hint` : "", errors?.length ? `${id}-error` : ""].filter(Boolean).join(" ");
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {children({
        id,
        name,
        "aria-invalid": errors?.length ? true : undefined,
        "aria-describedby": described || undefined,
      })}
      {hint && (
        <span className="hint" id={`${id}-hint`}>
          {hint}
        </span>
      )}
      {errors?.length ? (
        <p className="field-error" id={`${id}-error`}>
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
