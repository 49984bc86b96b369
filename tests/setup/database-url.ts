// Each test file talks to the database the global set-up prepared (lib/db/client reads it).
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
