// One record in a Manage list: its name, a line about it, a badge once merged, then its forms.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";

type Props = {
  name: ReactNode;
  meta: ReactNode;
  mergedInto?: string | null;
  "data-testid"?: string;
  children?: ReactNode;
};

export function RecordItem({ name, meta, mergedInto, children, ...rest }: Props) {
  const t = useTranslations("manage");
  return (
    <li className="panel" data-testid={rest["data-testid"]}>
      <div className="review-head">
        {typeof name === "string" ? <strong className="value">{name}</strong> : name}
        <span className="muted small">{meta}</span>
        {mergedInto && <span className="badge">{t("mergedInto", { name: mergedInto })}</span>}
      </div>
      {children}
    </li>
  );
}
