import "server-only";
// The better-auth instance: email + password accounts, sessions in PostgreSQL through Prisma,
// roles (viewer/editor/admin) and disabling through its admin plugin. There is deliberately no
// /api/auth HTTP endpoint: sign-in, sign-out and user management are our own server actions that
// call `getAuth().api.*`, so every one of them goes through our throttles, role checks and
// revisions (the plugin's own endpoints would bypass the revision log).
import { randomUUID } from "node:crypto";
import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { nextCookies } from "better-auth/next-js";
import { admin } from "better-auth/plugins";
import { adminAc, userAc } from "better-auth/plugins/admin/access";
import { getDb } from "../db/client";
import { publicUrl, requireAuthSecret } from "../env";
import { hashPassword, PASSWORD_MAX, PASSWORD_MIN, verifyPassword } from "./password";

/** A session dies after this long without use… */
export const SESSION_IDLE_SECONDS = 12 * 60 * 60;
/** …and, however busy, this long after sign-in (checked in get-current-actor.ts). */
export const SESSION_ABSOLUTE_SECONDS = 7 * 24 * 60 * 60;

function createAuth() {
  const baseURL = publicUrl();
  const port = new URL(baseURL).port;
  return betterAuth({
    appName: "Tally",
    baseURL,
    secret: requireAuthSecret(),
    trustedOrigins: port ? [baseURL, `http://localhost:${port}`, `http://127.0.0.1:${port}`] : [baseURL],
    database: prismaAdapter(getDb(), { provider: "postgresql" }),
    // The interface language the person chose (lib/i18n); set by our own action, never by sign-up.
    user: { additionalFields: { locale: { type: "string", required: false, input: false } } },
    emailAndPassword: {
      enabled: true,
      disableSignUp: true, // accounts are made by admins (or `npm run user:create`)
      minPasswordLength: PASSWORD_MIN,
      maxPasswordLength: PASSWORD_MAX,
      password: { hash: hashPassword, verify: verifyPassword },
    },
    session: {
      expiresIn: SESSION_IDLE_SECONDS,
      updateAge: 15 * 60, // each use after 15 min pushes expiry out: an idle timeout
      cookieCache: { enabled: false }, // a disabled account must lose access at once
    },
    rateLimit: { enabled: false }, // sign-in is throttled per account and per IP in sign-in.ts
    advanced: {
      cookiePrefix: "tally",
      useSecureCookies: baseURL.startsWith("https://"),
      database: { generateId: () => randomUUID() }, // ids look like the rest of Tally's
    },
    plugins: [
      admin({
        defaultRole: "viewer",
        adminRoles: ["admin"],
        roles: { admin: adminAc, editor: userAc, viewer: userAc },
        bannedUserMessage: "This account has been disabled. Ask an admin to enable it.",
      }),
      nextCookies(), // must stay last: lets server actions set the session cookie
    ],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { tallyAuth?: Auth };

/** Created on first use: the database URL and secret are only known once the server runs. */
export function getAuth(): Auth {
  globalForAuth.tallyAuth ??= createAuth();
  return globalForAuth.tallyAuth;
}
