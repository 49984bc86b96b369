// Unique test data: every call makes rows no other test can collide with, so test files share
// one database without truncating it (revisions could not be truncated anyway).
import { randomBytes } from "node:crypto";
import type { Actor } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import { createFigure } from "@/lib/figures/create-figure";
import type { TCreateFigure } from "@/lib/figures/schemas";
import { createOutlet } from "@/lib/outlets/create-outlet";

export const TEST_ACTOR: Actor = { id: null, name: "test editor", role: "editor" };

export const uniq = (prefix: string) => `${prefix}-${randomBytes(4).toString("hex")}`;

/** An editor of the test's own: revisions under this name are the test's, whatever other files write meanwhile. */
export const ownEditor = (): Actor => ({ id: null, name: uniq("editor"), role: "editor" });

export async function makeFigure(overrides: Partial<TCreateFigure> = {}) {
  const slug = overrides.slug ?? uniq("fig");
  return getDb().$transaction((tx) =>
    createFigure({
      tx,
      actor: TEST_ACTOR,
      input: { title: `Figure ${slug}`, unit: "people", kind: "cumulative", ...overrides, slug },
    }),
  );
}

export async function makeOutlet(name = uniq("Outlet")) {
  return getDb().$transaction((tx) => createOutlet({ tx, actor: TEST_ACTOR, input: { name, kind: "newspaper" } }));
}

/** A valid log-observation input for the given figure and outlet; override any field. */
export function observationInput(figureSlug: string, outletId: string, overrides: Record<string, unknown> = {}) {
  return {
    figureSlug,
    outletId,
    qualifier: "at_least",
    value: "43",
    reportedOn: "2025-10-25",
    citedSources: ["AFP tallies", "US figures"],
    quote: "The US has killed at least 43 people in strikes, according to AFP tallies based on US figures.",
    ...overrides,
  };
}
