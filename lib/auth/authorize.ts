import "server-only";
// The one place every route handler and server action asks "who is this, and may they?".
// Reading is public unless an admin made the site sign-in only; writing needs a signed-in
// editor (or admin). handleRoute and handleFormAction call this before anything else.
import { getDb } from "../db/client";
import { AppError } from "../errors";
import { getSiteSettings } from "../settings/get-site-settings";
import { hasRole, type Actor, type Role } from "./actor";
import { getCurrentActor } from "./get-current-actor";

export type { Actor, Role } from "./actor";

/** What an anonymous reader acts as, where reading is public. */
export const ANONYMOUS_READER: Actor = { id: null, name: "anonymous", role: "viewer" };

export async function authorize(opts: { need: Role; headers: Headers }): Promise<Actor> {
  const actor = await getCurrentActor({ headers: opts.headers });
  if (!actor) {
    if (opts.need === "viewer" && !(await getSiteSettings({ db: getDb() })).signInRequired) return ANONYMOUS_READER;
    throw new AppError(
      "unauthorized",
      opts.need === "viewer" ? "Sign in to read Tally." : `Sign in as ${article(opts.need)} ${opts.need} to do this.`,
    );
  }
  if (!hasRole(actor, opts.need)) {
    throw new AppError(
      "forbidden",
      `This needs the ${opts.need} role; your account is ${article(actor.role)} ${actor.role}.`,
    );
  }
  return actor;
}

const article = (role: Role) => (role === "admin" || role === "editor" ? "an" : "a");
