"use client";
// What the conflict screens share: a field's name and value in words, and the hidden fields that
// resend an edit (id, version, every editable field, the reason).
import { useTranslations } from "next-intl";
import { EDIT_FIELDS, type ObservationFormValues } from "@/lib/observations/observation-form";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { QUALIFIERS, type Qualifier } from "@/lib/values/qualifiers";

/** `shown(name, value)`: an outlet's name, a qualifier in words, "—" for nothing; `label(name)`. */
export function useEditWords(outlets: OutletOption[]) {
  const t = useTranslations("log");
  const tf = useTranslations("forms");
  const inWords = (name: string, value: string) => {
    if (name === "outletId") return outlets.find((o) => o.id === value)?.name ?? value;
    if (name === "qualifier" && QUALIFIERS.includes(value as Qualifier)) return t("qualifier", { q: value });
    return value;
  };
  const shown = (name: string, value: string) => inWords(name, value) || "—";
  return { shown, label: (name: string) => tf("field", { name }) };
}

type Props = { id: string; version: number; values: Partial<ObservationFormValues>; reason?: string };

export function HiddenEditFields({ id, version, values, reason }: Props) {
  return (
    <>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {EDIT_FIELDS.map((f) => (
        <input key={f.name} type="hidden" name={f.name} value={values[f.name] ?? ""} />
      ))}
      <input type="hidden" name="reason" value={reason ?? ""} />
    </>
  );
}
