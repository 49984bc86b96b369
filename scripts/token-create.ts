// `npm run token:create -- --email ana@newsroom.org --name "newsroom bot" --scopes observations:write`
// Makes an API token for an editor's account from the shell, as Settings → API tokens does, and
// prints it once (only its hash is kept). Uses DATABASE_URL, else the embedded PostgreSQL of
// `npm start` (the running one if it is up). --scopes takes a comma-separated list.
import { parseArgs } from "node:util";
import type { Actor, Role } from "../lib/auth/actor";
import { API_SCOPES } from "../lib/auth/api-token-schemas";
import { createApiToken } from "../lib/auth/create-api-token";
import { AppError } from "../lib/errors";
import { runOnScriptDatabase } from "./script-database";

const USAGE = `usage: npm run token:create -- --email <editor's email> --name <label> --scopes ${API_SCOPES.join(",")}`;

const { values } = parseArgs({
  options: { email: { type: "string" }, name: { type: "string" }, scopes: { type: "string", default: "" } },
});
if (!values.email || !values.name) {
  console.error(USAGE);
  process.exit(2);
}
const { email, name } = values;

runOnScriptDatabase(async (db) => {
  const user = await db.user.findUnique({
    where: { email: email.trim().toLowerCase() },
    select: { id: true, name: true, role: true, banned: true },
  });
  if (!user)
    throw new AppError("not_found", `There is no account for ${email}; create it first with npm run user:create.`);
  if (user.banned) throw new AppError("forbidden", `The account ${email} is disabled.`);
  const actor: Actor = { id: user.id, name: user.name, role: user.role as Role };
  const scopes = values.scopes
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const created = await createApiToken({ db, actor, input: { name, scopes } });
  console.log(`created token “${created.name}” for ${email} (scopes: ${created.scopes.join(", ") || "none"})`);
  console.log(`token (shown only now): ${created.token}`);
});
