// Sign in. Reached directly, from the header, or sent here by a page that needs a role.
import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/auth/sign-in-form";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { safeRedirect } from "@/lib/http/safe-redirect";
import { signInAction } from "./actions";

export const metadata: Metadata = { title: "Sign in" };

type Search = Promise<{ next?: string | string[]; need?: string | string[] }>;

export default async function SignInPage({ searchParams }: { searchParams: Search }) {
  const query = await searchParams;
  const next = safeRedirect(query.next);
  const need = typeof query.need === "string" ? query.need.slice(0, 20) : undefined;
  const actor = await getPageActor();
  if (actor && !need) redirect(next);
  return (
    <div className="narrow">
      <h1>Sign in</h1>
      {need && actor ? (
        <p className="notice" role="status">
          You are signed in as {actor.name}, {actor.role === "admin" || actor.role === "editor" ? "an" : "a"} {actor.role}. That page needs the{" "}
          {need} role: sign in with another account, or ask an admin.
        </p>
      ) : (
        <p className="muted">Editors and admins sign in to log, check and correct values. Reading needs no account unless your desk has made it private.</p>
      )}
      <SignInForm action={signInAction} next={next} />
    </div>
  );
}
