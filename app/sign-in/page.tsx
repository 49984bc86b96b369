// Sign in. Reached directly, from the header, or sent here by a page that needs a role.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { safeRedirect } from "@/lib/http/safe-redirect";
import { signInAction } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("signIn"))("title") };
}

type Search = Promise<{ next?: string | string[]; need?: string | string[] }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams;
  const next = safeRedirect(query.next);
  const need = typeof query.need === "string" ? query.need.slice(0, 20) : undefined;
  const [actor, t] = await Promise.all([getPageActor(), getTranslations("signIn")]);
  if (actor && !need) redirect(next);
  return (
    <div className="narrow">
      <h1>{t("title")}</h1>
      {need && actor ? (
        <p className="notice" role="status">
          {t("signedInAs", { name: actor.name, role: actor.role, need })}
        </p>
      ) : (
        <p className="muted">{t("intro")}</p>
      )}
      <SignInForm action={signInAction} next={next} />
    </div>
  );
}
