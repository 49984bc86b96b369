// A value's check status in words (never colour alone).
import { useTranslations } from "next-intl";

export function CheckBadge({ status }: { status: "unchecked" | "checked" | "returned" }) {
  const t = useTranslations("table");
  return (
    <span className={`badge check-${status}`} data-testid="check-status">
      {t("check", { status })}
    </span>
  );
}
