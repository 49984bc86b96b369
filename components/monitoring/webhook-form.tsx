"use client";
// Add a webhook endpoint: URL, shared secret, which rules it hears about.
import { useTranslations } from "next-intl";
import { useActionState, useEffect } from "react";
import { toast } from "sonner";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import { ALERT_RULES } from "@/lib/monitoring/types";
import { NothingSaved } from "@/components/ui/nothing-saved";

type Action = (state: FormState, form: FormData) => Promise<FormState>;

export function WebhookForm({ action }: { action: Action }) {
  const [state, formAction, isPending] = useActionState(action, {});
  const e = state.fieldErrors ?? {};
  const t = useTranslations("monitoringPage");
  const tEvents = useTranslations("webhookEvents");
  useEffect(() => {
    if (state.ok && state.message) toast.success(state.message);
  }, [state]);
  return (
    <form action={formAction} className="webhook-form">
      <NothingSaved state={state} words={t("form.nothingSaved")} />
      <fieldset>
        <legend>{t("webhook.legend")}</legend>
        <Field name="url" label={t("webhook.url")} hint={t("webhook.urlHint")} errors={e.url}>
          {(a) => (
            <input {...a} type="url" defaultValue={state.values?.url} placeholder="https://example.org/hooks/tally" />
          )}
        </Field>
        <Field name="secret" label={t("webhook.secret")} hint={t("webhook.secretHint")} errors={e.secret}>
          {(a) => <input {...a} type="password" autoComplete="new-password" />}
        </Field>
        <div
          className="field"
          role="group"
          aria-labelledby="rules-label"
          aria-describedby={e.rules ? "rules-error" : undefined}
        >
          <span id="rules-label" className="check">
            {t("webhook.rules")}
          </span>
          {ALERT_RULES.map((r) => (
            <label key={r} className="check">
              <input type="checkbox" name="rules" value={r} defaultChecked /> {t(`rules.${r}`)}
            </label>
          ))}
          {e.rules && (
            <p className="field-error" id="rules-error">
              {e.rules.join(" ")}
            </p>
          )}
        </div>
        <div className="field">
          <label className="check">
            <input type="checkbox" name="events" value="figure.changed" aria-describedby="purge-hint" />{" "}
            {tEvents("purge")}
          </label>
          <span className="hint" id="purge-hint">
            {tEvents("purgeHint")}
          </span>
        </div>
        <div>
          <button className="button" type="submit" disabled={isPending}>
            {t("webhook.add")}
          </button>
        </div>
      </fieldset>
    </form>
  );
}

export function WebhookToggle({
  hook,
  action,
}: {
  hook: { id: string; isActive: boolean; version: number };
  action: Action;
}) {
  const [state, formAction, isPending] = useActionState(action, {});
  const t = useTranslations("monitoringPage.webhook");
  return (
    <form action={formAction}>
      <input type="hidden" name="webhookId" value={hook.id} />
      <input type="hidden" name="version" value={hook.version} />
      <input type="hidden" name="isActive" value={hook.isActive ? "false" : "true"} />
      <button className="button secondary" type="submit" disabled={isPending}>
        {t(hook.isActive ? "pause" : "resume")}
      </button>
      {!state.ok && state.message && (
        <span className="field-error" role="alert">
          {" "}
          {state.message}
        </span>
      )}
    </form>
  );
}
