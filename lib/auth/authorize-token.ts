import "server-only";
// `Authorization: Bearer tly_…` → the token owner's Actor, if the token is live, the owner
// still has the role, and the token carries the scope this route needs. handleRoute calls this
// instead of the session check when a request brings a token.
import { getDb, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { hasRole, ROLES, type Actor, type Role } from "./actor";
import { TOKEN_PATTERN, type ApiScope } from "./api-token-schemas";
import { hashApiToken } from "./hash-api-token";

/** The token in an Authorization header, null when there is none. */
export function bearerToken(req: Request): string | null {
  const header = req.headers.get("authorization");
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw new AppError("unauthorized", "Send the token as `Authorization: Bearer tly_…`.");
  return match[1];
}

export async function authorizeToken(opts: {
  db?: DbOrTx;
  token: string;
  need: Role;
  scope?: ApiScope;
}): Promise<Actor> {
  const db = opts.db ?? getDb();
  const invalid = new AppError("unauthorized", "This API token is not valid (mistyped, revoked or expired).");
  if (!TOKEN_PATTERN.test(opts.token)) throw invalid;
  const row = await db.apiToken.findUnique({
    where: { tokenHash: hashApiToken(opts.token) },
    select: {
      id: true,
      scopes: true,
      revokedAt: true,
      expiresAt: true,
      user: { select: { id: true, name: true, role: true, banned: true } },
    },
  });
  if (!row || row.revokedAt || (row.expiresAt && row.expiresAt <= new Date()) || row.user.banned) throw invalid;
  const role = ROLES.includes(row.user.role as Role) ? (row.user.role as Role) : "viewer";
  const actor: Actor = { id: row.user.id, name: row.user.name, role };
  if (!hasRole(actor, opts.need))
    throw new AppError("forbidden", `This needs the ${opts.need} role; the token's owner is a ${role}.`);
  if (opts.scope && !row.scopes.includes(opts.scope))
    throw new AppError("forbidden", `This token lacks the “${opts.scope}” scope.`);
  await db.apiToken.update({ where: { id: row.id }, data: { lastUsedAt: new Date() } });
  return actor;
}
