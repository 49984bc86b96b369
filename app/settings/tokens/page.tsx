// /settings/tokens — an editor's API tokens for the JSON API (writes need the scope).
import type { Metadata } from "next";
import { ApiTokens } from "@/components/settings/api-tokens";
import { API_SCOPE_LABELS, API_SCOPES } from "@/lib/auth/api-token-schemas";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";

export const metadata: Metadata = { title: "API tokens" };
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const actor = await requirePageRole({ need: "editor", path: "/settings/tokens" });
  return (
    <>
      <h1>API tokens</h1>
      <p className="muted">
        A token lets a script use the <a href="/api/docs">JSON API</a> as you. It is shown once and stored only as a hash; revoke it when it is no longer needed.
      </p>
      <ApiTokens
        tokens={await listApiTokens({ actor })}
        create={createTokenAction}
        revoke={revokeTokenAction}
        scopes={API_SCOPES.map((s) => ({ value: s, label: API_SCOPE_LABELS[s] }))}
      />
    </>
  );
}
