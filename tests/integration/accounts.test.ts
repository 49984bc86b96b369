// Accounts against the real database and the real better-auth: hashing, sessions, throttling,
// disabling, session lifetimes, and the revisions account changes leave behind.
import { describe, expect, it } from "vitest";
import { getCurrentActor } from "@/lib/auth/get-current-actor";
import { signIn } from "@/lib/auth/sign-in";
import { delayAfterFailures, MAX_DELAY_SECONDS } from "@/lib/auth/sign-in-throttle";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { createUser } from "@/lib/users/create-user";
import { ensureFirstAdmin } from "@/lib/users/ensure-first-admin";
import { updateUser } from "@/lib/users/update-user";
import { uniq } from "../factories";
import { makeUser, sessionHeaders, TEST_PASSWORD } from "../factories/users";

const db = getDb();
/** A client address no other test uses, so the per-address throttle of one test never touches another. */
const ip = () => `2001:db8::${uniq("ip").slice(3)}`;
const ADMIN = { id: null, name: "test admin", role: "admin" } as const;

async function appError(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe("creating accounts", () => {
  it("stores an argon2id hash at OWASP parameters, never the password", async () => {
    const user = await makeUser({ role: "editor" });
    const account = await db.account.findFirstOrThrow({ where: { userId: user.id } });
    expect(account.providerId).toBe("credential");
    expect(account.password).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect(account.password).not.toContain(TEST_PASSWORD);
  });

  it.each([
    ["eleven char", "password", "Use at least 12 characters."],
    ["x".repeat(129), "password", "Use at most 128 characters."],
  ])("refuses the password %#: %s", async (password, field, message) => {
    const err = await appError(
      createUser({
        db,
        actor: ADMIN,
        input: { email: `${uniq("p")}@tally.test`, name: "P", role: "editor", password },
      }),
    );
    expect(err.code).toBe("validation_failed");
    expect(err.fields?.[field]).toEqual([message]);
  });

  it("refuses a second account for the same email, in any letter case", async () => {
    const user = await makeUser({ role: "viewer" });
    const err = await appError(
      createUser({
        db,
        actor: ADMIN,
        input: { email: user.email.toUpperCase(), name: "Again", role: "viewer", password: TEST_PASSWORD },
      }),
    );
    expect(err.fields?.email).toEqual(["An account with this email exists."]);
  });

  it("writes a revision without the password", async () => {
    const user = await makeUser({ role: "editor" });
    const revisions = await db.revision.findMany({ where: { entityType: "user", entityId: user.id } });
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      action: "create",
      actor: "test set-up",
      after: { email: user.email, role: "editor", isDisabled: false },
    });
    expect(JSON.stringify(revisions[0].after)).not.toContain(TEST_PASSWORD);
  });

  it("makes a first admin only when there is none, and that admin can sign in", async () => {
    const first = await ensureFirstAdmin({ db });
    if (first) {
      const headers = await sessionHeaders({ email: first.email }, first.password);
      expect(await getCurrentActor({ headers })).toMatchObject({ email: first.email, role: "admin" });
    }
    expect(await db.user.count({ where: { role: "admin" } })).toBeGreaterThan(0);
    expect(await ensureFirstAdmin({ db })).toBeNull();
  });
});

describe("signing in", () => {
  it("gives a session that says who you are and your role", async () => {
    const user = await makeUser({ role: "editor", name: "Ana Editor" });
    const headers = await sessionHeaders(user);
    expect(await getCurrentActor({ headers })).toEqual({
      id: user.id,
      email: user.email,
      name: "Ana Editor",
      role: "editor",
      locale: null,
    });
  });

  it("refuses a wrong password with a field message", async () => {
    const user = await makeUser({ role: "editor" });
    const err = await appError(
      signIn({
        input: { email: user.email, password: "not the password at all" },
        headers: new Headers({ "x-forwarded-for": ip() }),
      }),
    );
    expect(err.code).toBe("unauthorized");
    expect(err.message).toBe("That email and password do not match an account.");
  });

  it("never locks an account against the right password: after five failures it signs in, held back", async () => {
    const user = await makeUser({ role: "editor" });
    for (let i = 0; i < 5; i++) {
      await appError(
        signIn({
          input: { email: user.email, password: `wrong password ${i}` },
          headers: new Headers({ "x-forwarded-for": ip() }),
        }),
      );
    }
    const started = Date.now();
    await expect(
      signIn({
        input: { email: user.email, password: TEST_PASSWORD },
        headers: new Headers({ "x-forwarded-for": ip() }),
      }),
    ).resolves.toMatchObject({ userId: user.id });
    // Five failures: the sixth attempt waits delayAfterFailures(5) seconds before it is answered.
    expect(Date.now() - started).toBeGreaterThanOrEqual(delayAfterFailures(5) * 1000 - 50);
  }, 30_000);

  it("delays grow with failures and stop growing at MAX_DELAY_SECONDS", () => {
    expect([0, 2, 3, 4, 5, 6, 9, 50].map(delayAfterFailures)).toEqual([
      0,
      0,
      1,
      2,
      4,
      8,
      MAX_DELAY_SECONDS,
      MAX_DELAY_SECONDS,
    ]);
  });

  it("without a client address, failures block no one (no shared bucket)", async () => {
    const user = await makeUser({ role: "viewer" });
    for (let i = 0; i < 21; i++) {
      await appError(
        signIn({
          input: { email: `${uniq("nobody")}@tally.test`, password: "whatever it is" },
          headers: new Headers(),
        }),
      );
    }
    await expect(
      signIn({ input: { email: user.email, password: TEST_PASSWORD }, headers: new Headers() }),
    ).resolves.toMatchObject({ userId: user.id });
  }, 30_000);

  it("locks an address after twenty failures across accounts", async () => {
    const address = ip();
    const headers = new Headers({ "x-forwarded-for": address });
    for (let i = 0; i < 20; i++) {
      await appError(signIn({ input: { email: `${uniq("nobody")}@tally.test`, password: "whatever it is" }, headers }));
    }
    const user = await makeUser({ role: "viewer" });
    const err = await appError(signIn({ input: { email: user.email, password: TEST_PASSWORD }, headers }));
    expect(err.code).toBe("too_many_requests");
    // Another address is not affected.
    await expect(
      signIn({
        input: { email: user.email, password: TEST_PASSWORD },
        headers: new Headers({ "x-forwarded-for": ip() }),
      }),
    ).resolves.toMatchObject({ userId: user.id });
  });

  it("counts the last X-Forwarded-For hop, not one the client wrote first", async () => {
    const address = ip();
    for (let i = 0; i < 20; i++) {
      const headers = new Headers({ "x-forwarded-for": `${uniq("10.1")}, ${address}` });
      await appError(signIn({ input: { email: `${uniq("nobody")}@tally.test`, password: "whatever it is" }, headers }));
    }
    const user = await makeUser({ role: "viewer" });
    const err = await appError(
      signIn({
        input: { email: user.email, password: TEST_PASSWORD },
        headers: new Headers({ "x-forwarded-for": `1.2.3.4, ${address}` }),
      }),
    );
    expect(err.code).toBe("too_many_requests");
  }, 30_000);

  it("a successful sign-in clears the account's failures", async () => {
    const user = await makeUser({ role: "editor" });
    for (let i = 0; i < 4; i++)
      await appError(
        signIn({
          input: { email: user.email, password: `wrong ${i} password` },
          headers: new Headers({ "x-forwarded-for": ip() }),
        }),
      );
    await signIn({
      input: { email: user.email, password: TEST_PASSWORD },
      headers: new Headers({ "x-forwarded-for": ip() }),
    });
    for (let i = 0; i < 4; i++)
      await appError(
        signIn({
          input: { email: user.email, password: `wrong ${i} again` },
          headers: new Headers({ "x-forwarded-for": ip() }),
        }),
      );
    await expect(
      signIn({
        input: { email: user.email, password: TEST_PASSWORD },
        headers: new Headers({ "x-forwarded-for": ip() }),
      }),
    ).resolves.toMatchObject({ userId: user.id });
  });
});

describe("disabling and session lifetimes", () => {
  it("disabling ends the person's sessions at once and keeps them out", async () => {
    const admin = await makeUser({ role: "admin" });
    const user = await makeUser({ role: "editor" });
    const headers = await sessionHeaders(user);
    expect(await getCurrentActor({ headers })).not.toBeNull();

    await updateUser({
      db,
      actor: admin.actor,
      change: { kind: "disabled", input: { userId: user.id, disabled: "true" } },
    });
    expect(await getCurrentActor({ headers })).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
    const err = await appError(
      signIn({
        input: { email: user.email, password: TEST_PASSWORD },
        headers: new Headers({ "x-forwarded-for": ip() }),
      }),
    );
    expect(err.code).toBe("forbidden");
    expect(err.message).toContain("disabled");

    const revision = await db.revision.findFirstOrThrow({
      where: { entityType: "user", entityId: user.id, action: "update" },
    });
    expect(revision).toMatchObject({ actorId: admin.id, before: { isDisabled: false }, after: { isDisabled: true } });
  });

  it("an admin cannot disable or demote themselves", async () => {
    const admin = await makeUser({ role: "admin" });
    const err = await appError(
      updateUser({ db, actor: admin.actor, change: { kind: "role", input: { userId: admin.id, role: "viewer" } } }),
    );
    expect(err.code).toBe("forbidden");
    expect((await db.user.findUniqueOrThrow({ where: { id: admin.id } })).role).toBe("admin");
  });

  it("a session older than the absolute lifetime is refused and removed, however recently used", async () => {
    const user = await makeUser({ role: "editor" });
    const headers = await sessionHeaders(user);
    await db.$executeRaw`UPDATE "session" SET created_at = now() - interval '8 days' WHERE user_id = ${user.id}`;
    expect(await getCurrentActor({ headers })).toBeNull();
    expect(await db.session.count({ where: { userId: user.id } })).toBe(0);
  });

  it("a session left idle past its expiry is refused", async () => {
    const user = await makeUser({ role: "editor" });
    const headers = await sessionHeaders(user);
    await db.$executeRaw`UPDATE "session" SET expires_at = now() - interval '1 minute' WHERE user_id = ${user.id}`;
    expect(await getCurrentActor({ headers })).toBeNull();
  });
});
