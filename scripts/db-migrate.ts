// `npm run db:migrate`: apply pending migrations to DATABASE_URL.
import { migrate } from "../lib/db/migrate";
import { requireDatabaseUrl } from "../lib/env";

const applied = await migrate({ databaseUrl: requireDatabaseUrl(), log: (l) => console.log(l) });
console.log(applied.length ? `${applied.length} migration(s) applied` : "database schema is up to date");
