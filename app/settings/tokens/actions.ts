"use server";
// Create / revoke API tokens: role check and error mapping in handleFormAction, the work in lib/auth.
import { revalidatePath } from "next/cache";
import { createApiToken } from "@/lib/auth/create-api-token";
import { revokeApiToken } from "@/lib/auth/revoke-api-token";
import { getActionTranslations } from "@/lib/i18n/get-action-translations";
import { handleFormAction } from "@/lib/http/handle-form-action";

export const createTokenAction = handleFormAction("editor", async ({ form, actor }) => {
  const created = await createApiToken({ actor, input: { name: form.get("name"), scopes: form.getAll("scopes") } });
  revalidatePath("/settings/tokens");
  const t = await getActionTranslations("settings.tokens");
  // The secret goes back once, in this answer only; the database keeps its hash.
  return {
    ok: true,
    message: t("created", { name: created.name }),
    secret: created.token,
  };
});

export const revokeTokenAction = handleFormAction("editor", async ({ form, actor }) => {
  await revokeApiToken({ actor, tokenId: String(form.get("tokenId") ?? "") });
  revalidatePath("/settings/tokens");
  return { ok: true, message: (await getActionTranslations("settings.tokens"))("revoked") };
});
