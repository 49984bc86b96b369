"use client";
// The per-figure rule settings. Errors come back per field ("outlier.k") and show beside it.
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import type { FigureMonitoring } from "@/lib/monitoring/get-monitoring-settings";
import { ALERT_RULES, RULE_LABELS } from "@/lib/monitoring/types";

type Props = { data: FigureMonitoring; action: (state: FormState, form: FormData) => Promise<FormState> };

export function SettingsForm({ data, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const s = data.settings;
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
  }, [state]);
  const num = (name: string, label: string, value: number | undefined, hint?: string) => (
    <Field name={name} label={label} hint={hint} errors={e[`settings.${name}`]}>
      {(a) => <input {...a} inputMode="decimal" defaultValue={value ?? ""} />}
    </Field>
  );
  const check = (name: string, label: string, checked: boolean) => (
    <label className="check">
      <input type="checkbox" name={name} defaultChecked={checked} /> {label}
    </label>
  );
  return (
    <form action={formAction} className="settings-form" key={data.version}>
      {!state.ok && state.message && (
        <div className="form-error" role="alert">
          <strong>Nothing was saved.</strong> {state.message}
        </div>
      )}
      <input type="hidden" name="slug" value={data.figure.slug} />
      <input type="hidden" name="version" value={data.version} />
      <fieldset>
        <legend>Following</legend>
        <label className="check">
          <input type="checkbox" name="isActive" defaultChecked={data.figure.isActive} /> Actively followed (only active figures go stale)
        </label>
      </fieldset>
      <fieldset>
        <legend>{RULE_LABELS.decrease}</legend>
        {check("decrease.enabled", "On (cumulative figures only)", s.decrease.enabled)}
        {check("decrease.compareConsensus", "Also compare with what the other outlets agree on", s.decrease.compareConsensus)}
      </fieldset>
      <fieldset>
        <legend>{RULE_LABELS.disagreement}</legend>
        {check("disagreement.enabled", "On", s.disagreement.enabled)}
        {num(
          "disagreement.aboutPercent",
          "“About” allows ± this many percent",
          s.disagreement.aboutPercent,
          "Outlets disagree when their latest reports for a period cannot all be true at once; “about 43” counts as 43 ± this share.",
        )}
      </fieldset>
      <fieldset>
        <legend>{RULE_LABELS.stale}</legend>
        {check("stale.enabled", "On", s.stale.enabled)}
        {num("stale.days", "Days without a new report", s.stale.days, `Empty: ${data.defaultStaleDays} (the default for a ${data.figure.kind} figure).`)}
      </fieldset>
      <fieldset>
        <legend>{RULE_LABELS.new_outlet}</legend>
        {check("new_outlet.enabled", "On", s.new_outlet.enabled)}
      </fieldset>
      <fieldset>
        <legend>{RULE_LABELS.single_source}</legend>
        {check("single_source.enabled", "On", s.single_source.enabled)}
      </fieldset>
      <fieldset>
        <legend>{RULE_LABELS.outlier} (median ± k·MAD)</legend>
        {check("outlier.enabled", "On", s.outlier.enabled)}
        <div className="row">
          {num("outlier.k", "k (scaled MADs)", s.outlier.k)}
          {num("outlier.window", "Recent values compared", s.outlier.window)}
          {num("outlier.minPoints", "At least this many values", s.outlier.minPoints)}
        </div>
      </fieldset>
      <fieldset>
        <legend>Quiet periods</legend>
        <p className="hint">
          After an alert of a rule, this figure gets no second alert of that rule for this many hours: what the rule finds
          meanwhile is added to the alert already there. 0 = no quiet period.
        </p>
        <div className="row">
          {ALERT_RULES.map((r) => (
            <span key={r}>{num(`quiet.${r}`, `${RULE_LABELS[r]} (hours)`, s.quiet[r])}</span>
          ))}
        </div>
      </fieldset>
      <div>
        <button className="button" type="submit" disabled={isPending}>
          Save rules
        </button>
      </div>
    </form>
  );
}
