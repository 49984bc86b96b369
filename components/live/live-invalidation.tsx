"use client";
// Mounted once in Providers: a committed change anywhere marks the affected TanStack Query data
// stale — ["figures"] (the dashboard, compare) and ["figure", slug] (that figure's page) — so
// open pages refetch it within a second or two, without a reload. A resync (the server could
// not replay what this tab missed while disconnected) refetches everything.
import { useQueryClient } from "@tanstack/react-query";
import { useLiveChanges } from "./use-live-changes";

export function LiveInvalidation() {
  const qc = useQueryClient();
  useLiveChanges("*", (change) => {
    if (change.kind === "resync") {
      void qc.invalidateQueries(); // missed changes we cannot name: refetch everything shown
      return;
    }
    if (change.kind === "alert" || change.kind === "settings") return;
    void qc.invalidateQueries({ queryKey: ["figures"] });
    void qc.invalidateQueries({ queryKey: ["figure", change.figureSlug] });
  });
  return null;
}
