// The settings form's flat fields ("outlier.k", checkbox "stale.enabled") → the nested shape
// ZMonitoringSettings validates. Unchecked checkboxes are absent from a form: that means false.
import { ALERT_RULES } from "./types";

export function formToSettings(form: FormData): {
  settings: Record<string, Record<string, unknown>>;
  version: unknown;
  isActive: boolean;
} {
  const settings: Record<string, Record<string, unknown>> = Object.fromEntries(
    ALERT_RULES.map((r) => [r, { enabled: false }]),
  );
  settings.decrease.compareConsensus = false;
  for (const [key, value] of form.entries()) {
    const [rule, field] = key.split(".");
    if (rule === "quiet" && field && typeof value === "string") {
      // absent (an older form): the defaults; empty: no quiet period
      (settings.quiet ??= {})[field] = value.trim();
      continue;
    }
    if (!field || !(rule in settings) || typeof value !== "string") continue;
    const isBool = field === "enabled" || field === "compareConsensus";
    if (isBool) settings[rule][field] = value === "on";
    else if (value.trim() !== "") settings[rule][field] = value.trim();
  }
  return { settings, version: form.get("version"), isActive: form.get("isActive") === "on" };
}
