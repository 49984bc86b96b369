import "server-only";
// Pages (not actions) that only some roles may see: the actor, or null with the reason to show.
import { authorize, type Actor, type Role } from "../auth/authorize";
import { asAppError } from "../errors";

export async function requirePageRole(need: Role): Promise<{ actor: Actor; denied: null } | { actor: null; denied: string }> {
  try {
    return { actor: await authorize({ need }), denied: null };
  } catch (e) {
    return { actor: null, denied: asAppError(e).message };
  }
}
