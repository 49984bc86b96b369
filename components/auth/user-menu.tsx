// The header's right side: who is signed in and what they can open, or a sign-in link.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { CurrentActor } from "@/lib/auth/get-current-actor";

// The sign-out action comes from the layout: components never import app/.
export async function UserMenu({
  actor,
  signOutAction,
}: {
  actor: CurrentActor | null;
  signOutAction: () => Promise<void>;
}) {
  const t = await getTranslations("layout");
  if (!actor) {
    return (
      <Link href="/sign-in" className="user-menu">
        {t("signIn")}
      </Link>
    );
  }
  return (
    <div className="user-menu">
      {actor.role === "admin" && <Link href="/admin/users">{t("admin")}</Link>}
      <Link href="/settings" title={actor.email}>
        {actor.name} <span className="role-tag">{t("role", { role: actor.role })}</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="link-button">
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}
