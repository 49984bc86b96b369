// The one place that reads process.env: every setting Tally understands, validated once.
import { z } from "zod";

/** `DATABASE_URL= npm start` means "not set", not "invalid". */
const unsetIfEmpty = (v: unknown) => (v === "" ? undefined : v);

const ZPostgresUrl = z.url({ protocol: /^postgres(ql)?$/ });
const isPostgresUrl = (url: string) => ZPostgresUrl.safeParse(url).success;
const splitUrls = (raw: string) =>
  raw
    .split(",")
    .map((u) => u.trim())
    .filter(Boolean);

const ZEnv = z.object({
  /** An existing PostgreSQL server. Without it, `npm start` runs an embedded one. */
  DATABASE_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /**
   * Streaming replicas of DATABASE_URL, comma-separated. Lag-tolerant reads (what anonymous readers
   * see: dashboard, figure pages, embeds, exports, public JSON) go to them (docs/database.md).
   */
  DATABASE_REPLICA_URLS: z.preprocess(
    unsetIfEmpty,
    z
      .string()
      .refine((raw) => splitUrls(raw).every(isPostgresUrl), "use a comma-separated list of postgresql:// URLs")
      .optional(),
  ),
  /** A replica further behind the primary than this many seconds is skipped until it catches up. */
  TALLY_REPLICA_MAX_LAG: z.coerce.number().min(0).default(5),
  /**
   * The primary itself, not through a pooler: LISTEN (live updates), pg-boss and migrations need a
   * session of their own, which PgBouncer in transaction mode cannot give. Default: DATABASE_URL.
   */
  DATABASE_DIRECT_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Used by the test set-up instead of starting an embedded server. */
  TEST_DATABASE_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  /** Server for the drift check's throwaway shadow database (needs CREATEDB); else embedded. */
  SHADOW_DATABASE_URL: z.preprocess(unsetIfEmpty, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** Where the embedded PostgreSQL keeps its data. */
  TALLY_DATA_DIR: z.string().min(1).default(".data"),
  /** Port of the embedded PostgreSQL (never 5432, so it never fights a system server). */
  TALLY_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54329),
  /** Path of a Chromium binary for the browser tests. */
  CHROMIUM_PATH: z.preprocess(unsetIfEmpty, z.string().default("/usr/bin/chromium")),
  CI: z.string().optional(),
  NODE_ENV: z.enum(["development", "production", "test"]).optional(),
  /** Signs session cookies. Unset: `npm start` makes one and keeps it in TALLY_DATA_DIR/auth-secret. */
  AUTH_SECRET: z.preprocess(unsetIfEmpty, z.string().min(32, "use at least 32 characters").optional()),
  /** The address people use to reach Tally (https://… turns on Secure cookies). Default http://localhost:PORT. */
  TALLY_URL: z.preprocess(unsetIfEmpty, z.url().optional()),
  /**
   * How many reverse proxies in front of Tally append to X-Forwarded-For. 0 (default): the client's
   * address is the TCP peer (`npm start` appends it as the last hop); 1: the hop before that; …
   */
  TALLY_TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  /**
   * Webhook targets allowed although they are private/loopback (an intranet hook): comma-separated
   * host names or IP addresses, optionally with a port ("hooks.internal,10.0.0.5:8080,127.0.0.1").
   */
  TALLY_WEBHOOK_ALLOW: z.string().default(""),
  /** Runs per property of the fuzz suite (tests/integration/fuzz-*.test.ts); CI uses the default. */
  FUZZ_RUNS: z.coerce.number().int().min(1).default(25),
  /** Ports of the browser tests' own server and embedded PostgreSQL (so several checkouts can test at once). */
  E2E_PORT: z.coerce.number().int().min(1).max(65535).default(3100),
  E2E_PG_PORT: z.coerce.number().int().min(1).max(65535).default(54339),
  /** How much the server logs (one JSON line per event): fatal, error, warn, info, debug, trace or silent. */
  TALLY_LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
});

export type Env = z.infer<typeof ZEnv>;

function readEnv(): Env {
  const parsed = ZEnv.safeParse(process.env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid configuration:\n${lines.join("\n")}`);
  }
  return parsed.data;
}

export const env: Env = readEnv();

/** The database URL the app should use, or a clear error when nothing configured one. */
export function requireDatabaseUrl(): string {
  // Read late: scripts/start.ts sets it after this module has loaded.
  const url = process.env.DATABASE_URL || env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set. Start Tally with `npm start`, which provides one.");
  return url;
}

/**
 * The primary without a pooler in between, for what needs a session of its own: LISTEN, pg-boss's
 * workers, the migrations' advisory lock. DATABASE_DIRECT_URL, else DATABASE_URL.
 */
export function requireDirectDatabaseUrl(): string {
  return process.env.DATABASE_DIRECT_URL || env.DATABASE_DIRECT_URL || requireDatabaseUrl();
}

/** DATABASE_REPLICA_URLS as a list (read late, like DATABASE_URL); each must be a postgres URL. */
export function replicaUrls(): string[] {
  const urls = splitUrls(process.env.DATABASE_REPLICA_URLS ?? env.DATABASE_REPLICA_URLS ?? "");
  const bad = urls.find((url) => !isPostgresUrl(url));
  if (bad) throw new Error(`DATABASE_REPLICA_URLS: "${bad}" is not a postgresql:// URL`);
  return urls;
}

/** TALLY_REPLICA_MAX_LAG in seconds (read late, so a test can set it). */
export function replicaMaxLagSeconds(): number {
  const raw = process.env.TALLY_REPLICA_MAX_LAG;
  const n = raw === undefined || raw === "" ? env.TALLY_REPLICA_MAX_LAG : Number(raw);
  return Number.isFinite(n) && n >= 0 ? n : env.TALLY_REPLICA_MAX_LAG;
}

/** The secret that signs session cookies (scripts/start.ts provides one when none is configured). */
export function requireAuthSecret(): string {
  const secret = process.env.AUTH_SECRET || env.AUTH_SECRET;
  if (!secret || secret.length < 32)
    throw new Error("AUTH_SECRET is not set (32+ characters). Start Tally with `npm start`, which provides one.");
  return secret;
}

/** Where people reach Tally; https turns on Secure cookies. */
export function publicUrl(): string {
  return (process.env.TALLY_URL || env.TALLY_URL || `http://localhost:${process.env.PORT || env.PORT}`).replace(
    /\/$/,
    "",
  );
}

/** TALLY_WEBHOOK_ALLOW as a list of lower-case "host" or "host:port" entries (read late, like TALLY_URL). */
export function webhookAllowList(): string[] {
  const raw = process.env.TALLY_WEBHOOK_ALLOW ?? env.TALLY_WEBHOOK_ALLOW;
  return raw
    .split(",")
    .map((h) => h.trim().toLowerCase())
    .filter(Boolean);
}
