// Who is doing something. Every domain write takes one, and every revision records it.
/** The roles, lowest first. */
export const ROLES = ["viewer", "editor", "admin"] as const;
export type Role = (typeof ROLES)[number];

/** `id` is the account's id; null for the demo loader and shell scripts, which act as themselves. */
export type Actor = { id: string | null; name: string; role: Role };

export const ROLE_RANK: Record<Role, number> = { viewer: 0, editor: 1, admin: 2 };

export const hasRole = (actor: Pick<Actor, "role">, need: Role): boolean => ROLE_RANK[actor.role] >= ROLE_RANK[need];

/** The demo loader's actor: revisions say "demo data" rather than pretending a person logged it. */
export const DEMO_ACTOR: Actor = { id: null, name: "demo data", role: "admin" };
