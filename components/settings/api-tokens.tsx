"use client";
// An editor's API tokens: make one (its secret shown once), see when each was last used, revoke.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";
import { DataTable } from "@/components/ui/data-table";
import type { ApiTokenDto } from "@/lib/auth/list-api-tokens";

type Action = (prev: FormState, form: FormData) => Promise<FormState>;

export function ApiTokens({
  tokens,
  create,
  revoke,
  scopes,
}: {
  tokens: ApiTokenDto[];
  create: Action;
  revoke: Action;
  scopes: { value: string; label: string }[];
}) {
  const [created, createAction, isCreating] = useActionState(create, {});
  const [revoked, revokeAction] = useActionState(revoke, {});
  const secret = created.secret;
  const t = useTranslations("settings.tokens");
  return (
    <div className="tokens">
      <form action={createAction} className="token-form">
        <Field name="name" label={t("name")} hint={t("nameHint")} errors={created.fieldErrors?.name}>
          {(a) => <input {...a} required defaultValue={secret ? "" : created.values?.name} />}
        </Field>
        <fieldset>
          <legend>{t("allowedTo")}</legend>
          <label>
            <input type="checkbox" disabled checked readOnly /> {t("readAnyone")}
          </label>
          {scopes.map((s) => (
            <label key={s.value}>
              <input type="checkbox" name="scopes" value={s.value} defaultChecked /> {s.label} (<code>{s.value}</code>)
            </label>
          ))}
        </fieldset>
        <button className="button" disabled={isCreating}>
          {t("create")}
        </button>
        {created.message && <p role="status">{created.message}</p>}
        {secret && (
          <p>
            <label htmlFor="new-token">{t("yourNew")}</label>{" "}
            <input id="new-token" readOnly value={secret} size={52} onFocus={(e) => e.currentTarget.select()} />{" "}
            {t("sendAs")} <code>Authorization: Bearer …</code>
          </p>
        )}
      </form>
      {revoked.message && <p role="status">{revoked.message}</p>}
      {tokens.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <DataTable
          caption={t("caption")}
          showCaption
          head={[t("colName"), t("colPrefix"), t("colScopes"), t("colCreated"), t("colLastUsed")]}
          actionsHead={t("colRevoke")}
        >
          {tokens.map((tok) => (
            <tr key={tok.id}>
              <td>{tok.name}</td>
              <td>
                <code>{tok.tokenPrefix}…</code>
              </td>
              <td>{tok.scopes.join(", ") || t("read")}</td>
              <td>{tok.createdAt.slice(0, 10)}</td>
              <td>{tok.lastUsedAt?.slice(0, 16).replace("T", " ") ?? t("never")}</td>
              <td>
                {tok.revokedAt ? (
                  t("revokedOn", { date: tok.revokedAt.slice(0, 10) })
                ) : (
                  <form action={revokeAction}>
                    <input type="hidden" name="tokenId" value={tok.id} />
                    <button className="button secondary" aria-label={t("revokeNamed", { name: tok.name })}>
                      {t("revoke")}
                    </button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
