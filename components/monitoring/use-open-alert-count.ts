"use client";
// The one place the browser learns how many alerts are open. Interim: TanStack Query polls
// GET /api/alerts/summary every few seconds. When the live channel (GET /api/live, server-sent
// events from NOTIFY tally_changes) lands, this hook invalidates on `kind: "alert"` changes instead
// of polling; callers do not change.
import { useQuery } from "@tanstack/react-query";
import type { AlertSummary } from "@/lib/monitoring/get-alert-summary";

export const ALERT_SUMMARY_KEY = ["alerts", "summary"] as const;
const POLL_MS = 3_000;

export function useAlertSummary(initial?: AlertSummary) {
  return useQuery({
    queryKey: ALERT_SUMMARY_KEY,
    queryFn: async (): Promise<AlertSummary> => {
      const res = await fetch("/api/alerts/summary", { cache: "no-store" });
      if (!res.ok) throw new Error(`alerts summary: HTTP ${res.status}`);
      return res.json();
    },
    initialData: initial,
    refetchInterval: POLL_MS,
    refetchIntervalInBackground: false,
  });
}

export function useOpenAlertCount(): number | undefined {
  return useAlertSummary().data?.open;
}
