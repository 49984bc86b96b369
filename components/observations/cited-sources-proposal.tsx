"use client";
// Under the "Cited source" field: the sources Tally will link each step of the chain to, proposed
// from the sources' aliases as the editor types (the same resolver as the server). Editors confirm
// or correct the match under Manage → Sources.
import { useTranslations } from "next-intl";
import { useMemo } from "react";
import type { SourceKind } from "@/lib/sources/directory";
import { sourceMatcher, type SourceCandidate } from "@/lib/sources/resolve-source";

export type SourceOption = SourceCandidate & { kind: SourceKind };

export function CitedSourcesProposal({ text, sources }: { text: string; sources: SourceOption[] }) {
  const td = useTranslations("directory");
  const match = useMemo(() => sourceMatcher(sources), [sources]);
  const steps = text
    .split(/\s*(?:>|›|\n)\s*/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (steps.length === 0) return null;
  return (
    <p className="small muted" role="status" data-testid="source-proposal">
      Traces to:{" "}
      {steps.map((step, i) => {
        const hit = match(step);
        return (
          <span key={i}>
            {i > 0 && " → "}
            {hit
              ? `${hit.source.name} (${td("sourceKind", { kind: hit.source.kind })})`
              : `“${step}” (no known source)`}
          </span>
        );
      })}
      {steps.length > 1 ? "; the last is the origin." : "."}
    </p>
  );
}
