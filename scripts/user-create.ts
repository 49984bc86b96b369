// `npm run user:create -- --email ana@newsroom.org --role editor [--name "Ana"] [--password …]`
// Creates an account from the shell (the first admin, or anyone when the web page is out of
// reach). `--if-missing` succeeds quietly when the email already has an account (the browser
// tests' set-up uses it). Uses DATABASE_URL, else the embedded PostgreSQL of `npm start` — the running one if
// `npm start` is up, otherwise it starts it for the moment.
import { parseArgs } from "node:util";
import { createUser } from "../lib/users/create-user";
import { runOnScriptDatabase } from "./script-database";

const SHELL = { id: null, name: "shell (npm run user:create)", role: "admin" } as const;

const { values } = parseArgs({
  options: {
    email: { type: "string" },
    role: { type: "string", default: "editor" },
    name: { type: "string" },
    password: { type: "string" },
    "if-missing": { type: "boolean", default: false },
  },
});
if (!values.email) {
  console.error(
    'usage: npm run user:create -- --email ana@newsroom.org --role viewer|editor|admin [--name "Ana"] [--password …]',
  );
  process.exit(2);
}
const email = values.email;

runOnScriptDatabase(async (db) => {
  if (
    values["if-missing"] &&
    (await db.user.findUnique({ where: { email: email.toLowerCase() }, select: { id: true } }))
  )
    return;
  const input = { email, role: values.role, name: values.name ?? email.split("@")[0], password: values.password ?? "" };
  const { user, password, isGenerated } = await createUser({ db, actor: SHELL, input });
  console.log(`created ${user.role} ${user.email}${isGenerated ? `\npassword (shown only now): ${password}` : ""}`);
});
