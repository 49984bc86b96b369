"use client";
// An editor's API tokens: make one (its secret shown once), see when each was last used, revoke.
import { useActionState } from "react";
import { Field } from "@/components/ui/field";
import type { FormState } from "@/lib/http/handle-form-action";

type Token = {
  id: string;
  name: string;
  tokenPrefix: string;
  scopes: string[];
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
};
type Action = (prev: FormState, form: FormData) => Promise<FormState>;

export function ApiTokens({
  tokens,
  create,
  revoke,
  scopes,
}: {
  tokens: Token[];
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
        <table>
          <caption>Your tokens</caption>
          <thead>
            <tr>
              <th scope="col">name</th>
              <th scope="col">starts with</th>
              <th scope="col">allowed to</th>
              <th scope="col">created</th>
              <th scope="col">last used</th>
              <th scope="col">
                <span className="visually-hidden">revoke</span>
              </th>
            </tr>
          </thead>
          <tbody>
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
          </tbody>
        </table>
      )}
    </div>
  );
}
