"use client";
// Mounted once in Providers: a committed change anywhere marks the affected TanStack Query data
// stale — ["figures"] (the dashboard, compare) and ["figure", slug] (that figure's page) — so
// open pages refetch it within a second or two, without a reload.
import { useQueryClient } from "@tanstack/react-query";
import { useLiveChanges } from "./use-live-changes";

export function LiveInvalidation() {
  const qc = useQueryClient();
  useLiveChanges("*", (change) => {
    if (change.kind === "alert") return;
    void qc.invalidateQueries({ queryKey: ["figures"] });
    void qc.invalidateQueries({ queryKey: ["figure", change.figureSlug] });
  });
  return null;
}
