"use client";
// An editor's API tokens: make one (its secret shown once), see when each was last used, revoke.
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
  return (
    <div className="tokens">
      <form action={createAction} className="token-form">
        <Field
          name="name"
          label="Token name"
          hint="What will use it, e.g. “newsroom bot”."
          errors={created.fieldErrors?.name}
        >
          {(a) => <input {...a} required defaultValue={secret ? "" : created.values?.name} />}
        </Field>
        <fieldset>
          <legend>Allowed to</legend>
          <label>
            <input type="checkbox" disabled checked readOnly /> Read (anyone can)
          </label>
          {scopes.map((s) => (
            <label key={s.value}>
              <input type="checkbox" name="scopes" value={s.value} defaultChecked /> {s.label} (<code>{s.value}</code>)
            </label>
          ))}
        </fieldset>
        <button className="button" disabled={isCreating}>
          Create token
        </button>
        {created.message && <p role="status">{created.message}</p>}
        {secret && (
          <p>
            <label htmlFor="new-token">Your new token</label>{" "}
            <input id="new-token" readOnly value={secret} size={52} onFocus={(e) => e.currentTarget.select()} /> — send
            it as <code>Authorization: Bearer …</code>
          </p>
        )}
      </form>
      {revoked.message && <p role="status">{revoked.message}</p>}
      {tokens.length === 0 ? (
        <p className="muted">No tokens yet. Scripts and bots that log values need one.</p>
      ) : (
        <DataTable
          caption="Your tokens"
          showCaption
          head={[
            "name",
            "starts with",
            "allowed to",
            "created",
            "last used",
            <span key="revoke" className="visually-hidden">
              revoke
            </span>,
          ]}
        >
          {tokens.map((t) => (
            <tr key={t.id}>
              <td>{t.name}</td>
              <td>
                <code>{t.tokenPrefix}…</code>
              </td>
              <td>{t.scopes.join(", ") || "read"}</td>
              <td>{t.createdAt.slice(0, 10)}</td>
              <td>{t.lastUsedAt?.slice(0, 16).replace("T", " ") ?? "never"}</td>
              <td>
                {t.revokedAt ? (
                  `revoked ${t.revokedAt.slice(0, 10)}`
                ) : (
                  <form action={revokeAction}>
                    <input type="hidden" name="tokenId" value={t.id} />
                    <button className="button secondary" aria-label={`Revoke ${t.name}`}>
                      Revoke
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
