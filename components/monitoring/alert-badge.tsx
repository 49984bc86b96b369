"use client";
// "Alerts 3" in the header: the open count, kept current without a reload.
import Link from "next/link";
import { useOpenAlertCount } from "./use-open-alert-count";

export function AlertsNavLink() {
  const open = useOpenAlertCount();
  const label = open === undefined ? "Alerts" : `Alerts, ${open} open`;
  return (
    <Link href="/alerts" aria-label={label} className="alerts-link">
      Alerts
      {open ? (
        <span className="alert-badge" data-testid="alert-badge">
          {open}
        </span>
      ) : null}
    </Link>
  );
}
