import type { Actor } from "../auth/actor";

/** Who opens alerts: the rules themselves (revisions say "monitoring"). */
export const MONITOR_ACTOR: Actor = { id: null, name: "monitoring", role: "admin" };
