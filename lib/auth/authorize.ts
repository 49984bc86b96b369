import "server-only";
// The one place every route handler and server action asks "who is this, and may they?".
// Accounts arrive with the editors' issue; until then the whole desk is one anonymous editor,
// so anyone who can reach the server may log values (README says so). Every write path already
// calls this, so guarding them is a change to this file alone.
import { AppError } from "../errors";
import { hasRole, type Actor, type Role } from "./actor";

export type { Actor, Role } from "./actor";

const OPEN_DESK: Actor = { id: null, name: "desk (no accounts yet)", role: "editor" };

export async function authorize(opts: { need: Role }): Promise<Actor> {
  const actor = OPEN_DESK;
  if (!hasRole(actor, opts.need)) {
    throw new AppError("forbidden", `This needs the ${opts.need} role.`);
  }
  return actor;
}
