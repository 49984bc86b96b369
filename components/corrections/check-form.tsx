"use client";
// Check, or send back with a comment. The editor who logged the value sees the buttons greyed
// out with the reason, rather than finding out after clicking.
import { useTranslations } from "next-intl";
import { useActionState, useId } from "react";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = {
  id: string;
  version: number;
  returnTo?: string;
  isOwn: boolean;
  action: (state: FormState, form: FormData) => Promise<FormState>;
};

export function CheckForm({ id, version, returnTo, isOwn, action }: Props) {
  const t = useTranslations("forms.check");
  const [state, formAction, isPending] = useActionState(action, {});
  const uid = useId();
  const commentId = `${uid}-comment`;
  const whyId = `${uid}-why`;
  const errorId = `${uid}-error`;
  const commentError = state.fieldErrors?.comment?.join(" ");
  return (
    <form action={formAction} className="check-form" aria-label={t("label")}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {returnTo && <input type="hidden" name="returnTo" value={returnTo} />}
      {isOwn && (
        <p className="small muted" id={whyId}>
          {t("own")}
        </p>
      )}
      <div className="check-buttons">
        <button
          className="button"
          name="decision"
          value="checked"
          disabled={isOwn || isPending}
          aria-describedby={isOwn ? whyId : undefined}
        >
          {t("check")}
        </button>
        <details className="send-back">
          <summary className={`button secondary${isOwn ? " is-disabled" : ""}`} aria-disabled={isOwn || undefined}>
            {t("sendBack")}
          </summary>
          <label htmlFor={commentId}>{t("whatToFix")}</label>
          <textarea
            id={commentId}
            name="comment"
            disabled={isOwn}
            defaultValue={state.values?.comment}
            aria-invalid={commentError ? true : undefined}
            aria-describedby={commentError ? errorId : undefined}
          />
          {commentError && (
            <p className="field-error" id={errorId}>
              {commentError}
            </p>
          )}
          <button className="button secondary" name="decision" value="returned" disabled={isOwn || isPending}>
            {t("sendBackButton")}
          </button>
        </details>
      </div>
      {state.message && !commentError && (
        <p className="form-error" role="alert">
          {state.message}
        </p>
      )}
    </form>
  );
}
