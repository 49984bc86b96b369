// The one definition of "stale" and of what "about" allows, for the rules and the dashboard's
// badges alike, so a card and an alert never contradict each other. Whether outlets disagree is
// the headline's rule (lib/values/headline.ts: their latest intervals for the period do not meet);
// the disagreement rule and the card's badge both use it with this tolerance.
import { shiftDecimal } from "../values/decimal";
import { staleDaysFor, type MonitoringSettings } from "./config";
import type { FigureKind } from "./types";

const DAY_MS = 86_400_000;

/** Whole days from a report date to now. */
export const ageInDays = (reportedOn: string, now: Date) =>
  Math.floor((now.getTime() - Date.parse(`${reportedOn}T00:00:00Z`)) / DAY_MS);

/**
 * An actively followed figure with no new report for its stale limit (by kind, or the editor's).
 * An archived story is never stale: its silence is history (lib/figures/archive-figure.ts).
 */
export function isStale(opts: {
  kind: FigureKind;
  isActive: boolean;
  isArchived: boolean;
  lastReportedOn: string | null;
  settings: MonitoringSettings;
  now: Date;
}): boolean {
  if (!opts.isActive || opts.isArchived || !opts.settings.stale.enabled || !opts.lastReportedOn) return false;
  return ageInDays(opts.lastReportedOn, opts.now) >= staleDaysFor(opts.kind, opts.settings);
}

/** The share "about" allows either side, as an exact decimal: 10 → "0.1". */
export const aboutToleranceOf = (settings: MonitoringSettings): string =>
  shiftDecimal(String(settings.disagreement.aboutPercent), -2);
