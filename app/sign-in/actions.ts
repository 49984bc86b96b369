"use server";
// Sign-in and sign-out. Sign-in cannot go through handleFormAction (it is how a person gets a
// role in the first place); it maps errors the same way. Throttling lives in lib/auth/sign-in.ts.
import { headers } from "next/headers";
import { redirect, unstable_rethrow } from "next/navigation";
import { getAuth } from "@/lib/auth/auth";
import { signIn } from "@/lib/auth/sign-in";
import { asAppError } from "@/lib/errors";
import { localizeError } from "@/lib/i18n/localize-error";
import { getRequestLocale } from "@/lib/i18n/request-locale";
import type { FormState } from "@/lib/http/handle-form-action";
import { safeRedirect } from "@/lib/http/safe-redirect";

export async function signInAction(_prev: FormState, form: FormData): Promise<FormState> {
  try {
    await signIn({ input: { email: form.get("email"), password: form.get("password") }, headers: await headers() });
  } catch (e) {
    unstable_rethrow(e);
    const err = asAppError(e);
    const words = localizeError(err, await getRequestLocale());
    return { message: words.message, fieldErrors: words.fields, values: { email: String(form.get("email") ?? "") } };
  }
  // Only paths on this site, so a crafted link cannot bounce people elsewhere after sign-in.
  redirect(safeRedirect(form.get("next")));
}

export async function signOutAction(): Promise<void> {
  // Signing out needs no role: ending your own session is always allowed.
  const h = await headers();
  await getAuth()
    .api.signOut({ headers: h })
    .catch(() => undefined);
  redirect("/");
}
