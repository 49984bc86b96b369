"use client";
// On /alerts: when the number of open alerts changes (a new one, or someone else acted),
// re-render the server list in place, so the page never needs a reload.
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";
import { useOpenAlertCount } from "./use-open-alert-count";

export function AlertsLiveRefresh() {
  const router = useRouter();
  const open = useOpenAlertCount();
  const last = useRef(open);
  useEffect(() => {
    if (open !== undefined && last.current !== undefined && open !== last.current) router.refresh();
    last.current = open;
  }, [open, router]);
  return null;
}
