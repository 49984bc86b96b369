"use client";
// The one place the browser learns how many alerts are open: GET /api/alerts/summary through
// TanStack Query, refetched whenever the live channel (GET /api/live, server-sent events fed by
// NOTIFY tally_changes — the same one the charts use) says an alert opened or changed.
import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useLiveChanges } from "@/components/live/use-live-changes";
import type { AlertSummary } from "@/lib/monitoring/get-alert-summary";

export const ALERT_SUMMARY_KEY = ["alerts", "summary"] as const;

export function useAlertSummary(initial?: AlertSummary) {
  const queryClient = useQueryClient();
  useLiveChanges("alert", () => void queryClient.invalidateQueries({ queryKey: ALERT_SUMMARY_KEY }));
  return useQuery({
    queryKey: ALERT_SUMMARY_KEY,
    queryFn: async (): Promise<AlertSummary> => {
      const res = await fetch("/api/alerts/summary", { cache: "no-store" });
      if (!res.ok) throw new Error(`alerts summary: HTTP ${res.status}`);
      return res.json();
    },
    initialData: initial,
  });
}

export function useOpenAlertCount(): number | undefined {
  return useAlertSummary().data?.open;
}
