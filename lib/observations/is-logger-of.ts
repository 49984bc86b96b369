// Whether this actor logged the value: by account, or by name where either has no account
// (the demo loader, the open desk before accounts). Pure, so pages can grey out a button with it.
import type { Actor } from "../auth/actor";
import type { ObservationDto } from "./observation-dto";

export function isLoggerOf(
  actor: Pick<Actor, "id" | "name">,
  o: Pick<ObservationDto, "loggedById" | "loggedBy">,
): boolean {
  if (actor.id !== null && o.loggedById !== null) return actor.id === o.loggedById;
  return actor.name === o.loggedBy;
}
