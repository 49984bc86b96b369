// /settings/tokens — an editor's API tokens for the JSON API (writes need the scope).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ApiTokens } from "@/components/settings/api-tokens";
import { API_SCOPES } from "@/lib/auth/api-token-schemas";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listApiTokens } from "@/lib/auth/list-api-tokens";
import { createTokenAction, revokeTokenAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings"))("tokensTitle") };
}
export const dynamic = "force-dynamic";

export default async function TokensPage() {
  const actor = await requirePageRole({ need: "editor", path: "/settings/tokens" });
  const t = await getTranslations("settings");
  return (
    <>
      <h1>{t("tokensTitle")}</h1>
      <p className="muted">{t.rich("tokensIntro", { link: (text) => <a href="/api/docs">{text}</a> })}</p>
      <ApiTokens
        tokens={await listApiTokens({ actor })}
        create={createTokenAction}
        revoke={revokeTokenAction}
        scopes={API_SCOPES.map((s) => ({ value: s, label: t(`tokens.scopes.${s}`) }))}
      />
    </>
  );
}
