// The header's right side: who is signed in and what they can open, or a sign-in link.
import Link from "next/link";
import type { CurrentActor } from "@/lib/auth/get-current-actor";

// The sign-out action comes from the layout: components never import app/.
export function UserMenu({ actor, signOutAction }: { actor: CurrentActor | null; signOutAction: () => Promise<void> }) {
  if (!actor) {
    return (
      <Link href="/sign-in" className="user-menu">
        Sign in
      </Link>
    );
  }
  return (
    <div className="user-menu">
      {actor.role === "admin" && <Link href="/admin/users">Admin</Link>}
      <Link href="/settings" title={actor.email}>
        {actor.name} <span className="role-tag">{actor.role}</span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className="link-button">
          Sign out
        </button>
      </form>
    </div>
  );
}
