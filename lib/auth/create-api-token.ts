import "server-only";
// An editor makes a token for a script or a bot. The secret is returned once and only its
// hash is kept; revisions are not written because a token changes no newsroom data.
import { randomBytes } from "node:crypto";
import { getDb, type DbOrTx } from "../db/client";
import { AppError } from "../errors";
import { parseInput } from "../validate";
import { hasRole, type Actor } from "./actor";
import { ZCreateApiToken, type ApiScope } from "./api-token-schemas";
import { hashApiToken } from "./hash-api-token";

export type CreatedApiToken = { id: string; name: string; token: string; tokenPrefix: string; scopes: ApiScope[] };

export async function createApiToken(opts: { db?: DbOrTx; actor: Actor; input: unknown }): Promise<CreatedApiToken> {
  const db = opts.db ?? getDb();
  if (!opts.actor.id) throw new AppError("unauthorized", "Sign in to create API tokens.");
  if (!hasRole(opts.actor, "editor")) throw new AppError("forbidden", "Only editors can create API tokens.");
  const input = parseInput(ZCreateApiToken, opts.input);
  const token = `tly_${randomBytes(32).toString("base64url")}`;
  const row = await db.apiToken.create({
    data: {
      userId: opts.actor.id,
      name: input.name,
      tokenHash: hashApiToken(token),
      tokenPrefix: token.slice(0, 10),
      scopes: input.scopes,
    },
    select: { id: true, name: true, tokenPrefix: true },
  });
  return { ...row, token, scopes: input.scopes };
}
