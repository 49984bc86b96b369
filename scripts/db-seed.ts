// `npm run db:seed`: load the demo data into DATABASE_URL (idempotent).
import { createDb } from "../lib/db/client";
import { loadDemoData } from "../lib/demo/load-demo-data";
import { requireDatabaseUrl } from "../lib/env";

const db = createDb(requireDatabaseUrl());
const added = await loadDemoData({ db });
console.log(
  `demo data: added ${added.figures} figures, ${added.observations} reported values, ${added.outlets} outlets, ${added.events} events`,
);
await db.$disconnect();
