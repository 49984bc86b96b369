"use client";
// "Alerts 3" in the header: the open count, kept current without a reload.
import Link from "next/link";
import { useTranslations } from "next-intl";
import { useOpenAlertCount } from "./use-open-alert-count";

export function AlertsNavLink() {
  const open = useOpenAlertCount();
  const t = useTranslations("layout");
  const label = open === undefined ? t("alerts") : t("alertsOpen", { count: open });
  return (
    <Link href="/alerts" aria-label={label} className="alerts-link">
      {t("alerts")}
      {open ? (
        <span className="alert-badge" data-testid="alert-badge">
          {open}
        </span>
      ) : null}
    </Link>
  );
}
