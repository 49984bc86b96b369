// Each test file talks to the database the global set-up prepared (lib/db/client reads it).
import { inject } from "vitest";

process.env.DATABASE_URL = inject("databaseUrl");
// Sessions need a signing secret and an address; a fixed one is fine for a throwaway database.
process.env.AUTH_SECRET = "test-secret-for-vitest-only-0123456789abcdef";
process.env.TALLY_URL = "http://localhost:3999";
// Tests provoke database outages on purpose; their "database unavailable" warnings are noise here.
process.env.TALLY_LOG_LEVEL ||= "error";
