// `npm run user:create -- --email ana@newsroom.org --role editor [--name "Ana"] [--password …]`
// Creates an account from the shell (the first admin, or anyone when the web page is out of
// reach). `--if-missing` succeeds quietly when the email already has an account (the browser
// tests' set-up uses it). Uses DATABASE_URL, else the embedded PostgreSQL of `npm start` — the running one if
// `npm start` is up, otherwise it starts it for the moment.
import { parseArgs } from "node:util";
import { AppError } from "../lib/errors";
import { createUser } from "../lib/users/create-user";
import { openScriptDatabase } from "./script-database";

const SHELL = { id: null, name: "shell (npm run user:create)", role: "admin" } as const;

async function main() {
  const { values } = parseArgs({
    options: { email: { type: "string" }, role: { type: "string", default: "editor" }, name: { type: "string" }, password: { type: "string" }, "if-missing": { type: "boolean", default: false } },
  });
  if (!values.email) {
    console.error('usage: npm run user:create -- --email ana@newsroom.org --role viewer|editor|admin [--name "Ana"] [--password …]');
    process.exit(2);
  }
  const { db, close } = await openScriptDatabase();
  try {
    if (values["if-missing"] && (await db.user.findUnique({ where: { email: values.email.toLowerCase() }, select: { id: true } }))) return;
    const input = { email: values.email, role: values.role, name: values.name ?? values.email.split("@")[0], password: values.password ?? "" };
    const { user, password, isGenerated } = await createUser({ db, actor: SHELL, input });
    console.log(`created ${user.role} ${user.email}${isGenerated ? `\npassword (shown only now): ${password}` : ""}`);
  } catch (e) {
    if (!(e instanceof AppError)) throw e;
    const fields = Object.entries(e.fields ?? {}).map(([k, v]) => `  --${k}: ${v.join(" ")}`);
    console.error([e.message, ...fields].join("\n"));
    process.exitCode = 1;
  } finally {
    await close();
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
