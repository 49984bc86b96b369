"use client";
// The per-figure rule settings. Errors come back per field ("outlier.k") and show beside it.
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import type { FigureMonitoring } from "@/lib/monitoring/get-monitoring-settings";
import { ALERT_RULES } from "@/lib/monitoring/types";
import { NothingSaved } from "@/components/ui/nothing-saved";

type Props = { data: FigureMonitoring; action: (state: FormState, form: FormData) => Promise<FormState> };

export function SettingsForm({ data, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const s = data.settings;
  const t = useTranslations("monitoringPage.form");
  const rule = useTranslations("monitoringPage.rules");
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
      <NothingSaved state={state} words={t("nothingSaved")} />
      <input type="hidden" name="slug" value={data.figure.slug} />
      <input type="hidden" name="version" value={data.version} />
      <fieldset>
        <legend>{t("following")}</legend>
        <label className="check">
          <input type="checkbox" name="isActive" defaultChecked={data.figure.isActive} /> {t("isActive")}
        </label>
      </fieldset>
      <fieldset>
        <legend>{rule("decrease")}</legend>
        {check("decrease.enabled", t("onCumulative"), s.decrease.enabled)}
        {check("decrease.compareConsensus", t("compareConsensus"), s.decrease.compareConsensus)}
      </fieldset>
      <fieldset>
        <legend>{rule("disagreement")}</legend>
        {check("disagreement.enabled", t("on"), s.disagreement.enabled)}
        {num("disagreement.aboutPercent", t("aboutPercent"), s.disagreement.aboutPercent, t("aboutHint"))}
      </fieldset>
      <fieldset>
        <legend>{rule("stale")}</legend>
        {check("stale.enabled", t("on"), s.stale.enabled)}
        {num(
          "stale.days",
          t("staleDays"),
          s.stale.days,
          t("staleHint", { days: data.defaultStaleDays, kind: data.figure.kind }),
        )}
      </fieldset>
      <fieldset>
        <legend>{rule("new_outlet")}</legend>
        {check("new_outlet.enabled", t("on"), s.new_outlet.enabled)}
      </fieldset>
      <fieldset>
        <legend>{rule("single_source")}</legend>
        {check("single_source.enabled", t("on"), s.single_source.enabled)}
      </fieldset>
      <fieldset>
        <legend>{t("outlierLegend", { rule: rule("outlier") })}</legend>
        {check("outlier.enabled", t("on"), s.outlier.enabled)}
        <div className="row">
          {num("outlier.k", t("outlierK"), s.outlier.k)}
          {num("outlier.window", t("outlierWindow"), s.outlier.window)}
          {num("outlier.minPoints", t("outlierMinPoints"), s.outlier.minPoints)}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t("quiet")}</legend>
        <p className="hint">{t("quietHint")}</p>
        <div className="row">
          {ALERT_RULES.map((r) => (
            <span key={r}>{num(`quiet.${r}`, t("quietHours", { rule: rule(r) }), s.quiet[r])}</span>
          ))}
        </div>
      </fieldset>
      <div>
        <button className="button" type="submit" disabled={isPending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
