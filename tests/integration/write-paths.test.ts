// Every write path checks the caller's role itself. This file finds every server action
// (app/**/actions.ts) and every non-GET route handler (app/api/**/route.ts) and calls each one
// directly — as an anonymous visitor and as a signed-in viewer (and as an editor, for admin
// paths) — expecting a refusal and no change. A new write path fails the inventory test below
// until it is added to WRITE_PATHS, so none can slip in unchecked.
import { readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@/lib/auth/actor";
import { getDb } from "@/lib/db/client";
import type { FormState } from "@/lib/http/handle-form-action";
import { SITE_SETTINGS_KEY } from "@/lib/settings/schemas";
import { makeFigure, makeOutlet, uniq } from "../factories";
import { anonymousHeaders, makeUser, sessionHeaders, TEST_PASSWORD, type TestUser } from "../factories/users";
import { withRequest } from "../setup/next-request";
import { logValue } from "../factories/log-value";

const db = getDb();
const ROOT = path.resolve(import.meta.dirname, "../..");
type Action = (prev: FormState, form: FormData) => Promise<FormState>;

/** A request that would succeed for the right role, and a way to see whether it changed anything. */
type Attempt = { form: FormData; hasChanged: () => Promise<boolean> };
type WritePath = { need: Role | "signed-in"; attempt: () => Promise<Attempt> };

const formOf = (fields: Record<string, string>) => {
  const f = new FormData();
  for (const [k, v] of Object.entries(fields)) f.set(k, v);
  return f;
};

/** A write that adds a row: it has changed something once `count` finds one. */
const adding = (form: FormData, count: () => Promise<number>): Attempt => ({
  form,
  hasChanged: async () => (await count()) > 0,
});

let target: TestUser;
beforeAll(async () => {
  target = await makeUser({ role: "editor" });
});

/** An open alert on a new figure, and whether an action has moved it out of "open". */
async function makeOpenAlert() {
  const figure = await makeFigure();
  const alert = await db.alert.create({
    data: {
      rule: "decrease",
      figureId: figure.id,
      observationIds: [],
      details: {},
      message: "test",
      dedupeKey: uniq("test"),
    },
  });
  return {
    id: alert.id,
    hasChanged: async () => (await db.alert.findUniqueOrThrow({ where: { id: alert.id } })).status !== "open",
  };
}

const WRITE_PATHS: Record<string, WritePath> = {
  "app/settings/tokens/actions.ts#revokeTokenAction": {
    // Only one's own tokens can be revoked, so the working case is the signed-in owner.
    need: "signed-in",
    attempt: async () => {
      const { createApiToken } = await import("@/lib/auth/create-api-token");
      const token = await createApiToken({ db, actor: target.actor, input: { name: uniq("token"), scopes: [] } });
      return {
        form: formOf({ tokenId: token.id }),
        hasChanged: async () => (await db.apiToken.findUniqueOrThrow({ where: { id: token.id } })).revokedAt !== null,
      };
    },
  },
  "app/settings/tokens/actions.ts#createTokenAction": {
    need: "editor",
    attempt: async () => {
      const name = uniq("token");
      return adding(formOf({ name, scopes: "observations:write" }), () => db.apiToken.count({ where: { name } }));
    },
  },
  "app/figures/[slug]/log/actions.ts#logObservationAction": {
    need: "editor",
    attempt: async () => {
      const figure = await makeFigure();
      const outlet = await makeOutlet();
      const form = formOf({
        figureSlug: figure.slug,
        outletId: outlet.id,
        qualifier: "at_least",
        value: "43",
        reportedOn: "2025-10-25",
        citedSources: "AFP tallies",
        quote: "at least 43 people",
      });
      return adding(form, () => db.observation.count({ where: { figureId: figure.id } }));
    },
  },
  "app/log/actions.ts#createFigureAction": {
    need: "editor",
    attempt: async () => {
      const slug = uniq("fig");
      return adding(formOf({ title: "Boats hit", unit: "boats", kind: "cumulative", slug }), () =>
        db.figure.count({ where: { slug } }),
      );
    },
  },
  "app/log/actions.ts#logArticleAction": {
    need: "editor",
    attempt: async () => {
      const figure = await makeFigure();
      const outlet = await makeOutlet();
      const form = formOf({
        outletId: outlet.id,
        reportedOn: "2025-10-25",
        "rows.0.pick": "on",
        "rows.0.citedSources": "AFP tallies",
        "rows.0.figure": figure.slug,
        "rows.0.qualifier": "at_least",
        "rows.0.value": "43",
        "rows.0.quote": "At least 43 people died.",
      });
      return adding(form, () => db.observation.count({ where: { figureId: figure.id } }));
    },
  },
  "app/admin/users/actions.ts#createUserAction": {
    need: "admin",
    attempt: async () => {
      const email = `${uniq("new")}@tally.test`;
      return adding(formOf({ email, name: "New Person", role: "admin", password: "" }), () =>
        db.user.count({ where: { email } }),
      );
    },
  },
  "app/admin/users/actions.ts#changeRoleAction": {
    need: "admin",
    attempt: async () => ({
      form: formOf({ userId: target.id, role: "admin" }),
      hasChanged: async () => (await db.user.findUniqueOrThrow({ where: { id: target.id } })).role !== "editor",
    }),
  },
  "app/admin/users/actions.ts#setDisabledAction": {
    need: "admin",
    attempt: async () => {
      const user = await makeUser({ role: "viewer" });
      return {
        form: formOf({ userId: user.id, disabled: "true" }),
        hasChanged: async () => (await db.user.findUniqueOrThrow({ where: { id: user.id } })).banned,
      };
    },
  },
  "app/admin/settings/actions.ts#updateSiteSettingsAction": {
    need: "admin",
    attempt: async () => {
      const version = async () => (await db.setting.findUnique({ where: { key: SITE_SETTINGS_KEY } }))?.version ?? 0;
      const before = await version();
      // Leaves reading public (the setting's default), so other test files are unaffected.
      return { form: formOf({}), hasChanged: async () => (await version()) !== before };
    },
  },
  "app/alerts/actions.ts#updateAlertAction": {
    need: "editor",
    attempt: async () => {
      const alert = await makeOpenAlert();
      return {
        form: formOf({ alertId: alert.id, action: "acknowledge", note: "Checked with the outlet", version: "1" }),
        hasChanged: alert.hasChanged,
      };
    },
  },
  "app/alerts/actions.ts#bulkUpdateAlertsAction": {
    need: "editor",
    attempt: async () => {
      const alert = await makeOpenAlert();
      const form = formOf({ action: "resolve", note: "Checked with the outlet" });
      form.append("alert", `${alert.id}:1`);
      return {
        form,
        hasChanged: alert.hasChanged,
      };
    },
  },
  "app/figures/[slug]/monitoring/actions.ts#saveMonitoringAction": {
    need: "editor",
    attempt: async () => {
      const figure = await makeFigure();
      const form = formOf({
        slug: figure.slug,
        version: "0",
        isActive: "on",
        "decrease.enabled": "on",
        "disagreement.enabled": "on",
        "disagreement.aboutPercent": "10",
        "quiet.decrease": "72",
        "stale.enabled": "on",
        "new_outlet.enabled": "on",
        "outlier.enabled": "on",
        "outlier.k": "4",
        "outlier.window": "20",
        "outlier.minPoints": "5",
      });
      return adding(form, () => db.monitoringConfig.count({ where: { figureId: figure.id } }));
    },
  },
  "app/admin/webhooks/actions.ts#createWebhookAction": {
    need: "admin",
    attempt: async () => {
      const url = `https://93.184.215.14/${uniq("hook")}`;
      return adding(formOf({ url, secret: "a-shared-secret-of-some-length", rules: "stale" }), () =>
        db.webhook.count({ where: { url } }),
      );
    },
  },
  "app/admin/webhooks/actions.ts#setWebhookActiveAction": {
    need: "admin",
    attempt: async () => {
      const hook = await db.webhook.create({
        data: {
          url: `http://127.0.0.1:9/${uniq("hook")}`,
          secret: "a-shared-secret-of-some-length",
          rules: ["stale"],
          createdBy: "test",
        },
      });
      return {
        form: formOf({ webhookId: hook.id, isActive: "false", version: "1" }),
        hasChanged: async () => !(await db.webhook.findUniqueOrThrow({ where: { id: hook.id } })).isActive,
      };
    },
  },
  "app/settings/actions.ts#changePasswordAction": {
    need: "signed-in",
    attempt: async () => {
      const hash = async () => (await db.account.findFirstOrThrow({ where: { userId: target.id } })).password;
      const before = await hash();
      return {
        form: formOf({ currentPassword: TEST_PASSWORD, newPassword: TEST_PASSWORD, confirmPassword: TEST_PASSWORD }),
        hasChanged: async () => (await hash()) !== before,
      };
    },
  },
};

/** A value logged by someone else, and whether a write path changed its row. */
async function loggedValue() {
  const figure = await makeFigure();
  const outlet = await makeOutlet();
  const o = await logValue(figure.slug, outlet.id);
  const row = () => db.observation.findUniqueOrThrow({ where: { id: o.id } });
  const before = JSON.stringify(await row());
  return { o, outlet, hasChanged: async () => JSON.stringify(await row()) !== before };
}

WRITE_PATHS["app/observations/[id]/actions.ts#editObservationAction"] = {
  need: "editor",
  attempt: async () => {
    const { o, outlet, hasChanged } = await loggedValue();
    const form = formOf({
      id: o.id,
      version: "1",
      outletId: outlet.id,
      qualifier: "at_least",
      value: "44",
      reportedOn: o.reportedOn,
      citedSources: "AFP tallies",
      quote: o.quote,
    });
    return { form, hasChanged };
  },
};
WRITE_PATHS["app/observations/[id]/actions.ts#retractObservationAction"] = {
  need: "editor",
  attempt: async () => {
    const { o, hasChanged } = await loggedValue();
    return { form: formOf({ id: o.id, version: "1", reason: "The outlet withdrew it." }), hasChanged };
  },
};
WRITE_PATHS["app/observations/[id]/actions.ts#checkObservationAction"] = {
  need: "editor",
  attempt: async () => {
    const { o, hasChanged } = await loggedValue();
    return { form: formOf({ id: o.id, version: "1", decision: "checked", returnTo: "/review" }), hasChanged };
  },
};

WRITE_PATHS["app/review/actions.ts#bulkCheckAction"] = {
  need: "editor",
  attempt: async () => {
    const { o, hasChanged } = await loggedValue();
    const form = formOf({ reason: "Read against the articles", returnTo: "/review" });
    form.append("item", `${o.id}@1`);
    return { form, hasChanged };
  },
};

WRITE_PATHS["app/manage/actions.ts#createFigureAction"] = {
  need: "editor",
  attempt: async () => {
    const slug = uniq("fig");
    return adding(formOf({ slug, title: "A new figure", unit: "people", kind: "level", topics: "x, y" }), () =>
      db.figure.count({ where: { slug } }),
    );
  },
};
WRITE_PATHS["app/manage/actions.ts#updateFigureAction"] = {
  need: "editor",
  attempt: async () => {
    const figure = await makeFigure();
    const form = formOf({
      id: figure.id,
      version: "1",
      title: "Renamed figure",
      unit: "people",
      kind: "cumulative",
      topics: "",
    });
    return {
      form,
      hasChanged: async () => (await db.figure.findUniqueOrThrow({ where: { id: figure.id } })).version !== 1,
    };
  },
};
WRITE_PATHS["app/manage/figures/actions.ts#archiveFigureAction"] = {
  need: "editor",
  attempt: async () => {
    const figure = await makeFigure();
    const form = formOf({ id: figure.id, version: "1", archived: "on", note: "The story ended." });
    return {
      form,
      hasChanged: async () => (await db.figure.findUniqueOrThrow({ where: { id: figure.id } })).archivedAt !== null,
    };
  },
};
WRITE_PATHS["app/manage/actions.ts#updateOutletAction"] = {
  need: "editor",
  attempt: async () => {
    const outlet = await makeOutlet();
    const form = formOf({ id: outlet.id, version: "1", name: `${outlet.name} renamed`, kind: "other", domains: "" });
    return {
      form,
      hasChanged: async () => (await db.outlet.findUniqueOrThrow({ where: { id: outlet.id } })).version !== 1,
    };
  },
};
/** Merging two duplicates (outlets, sources): afterwards the duplicate points at the one kept. */
const mergeAttempt = (make: () => Promise<{ id: string }>, mergedInto: (id: string) => Promise<string | null>) => ({
  need: "editor" as const,
  attempt: async () => {
    const [dup, keep] = [await make(), await make()];
    return {
      form: formOf({ duplicateId: dup.id, survivorId: keep.id, reason: "The same one." }),
      hasChanged: async () => (await mergedInto(dup.id)) !== null,
    };
  },
});
const newSource = () => db.source.create({ data: { name: uniq("Source"), slug: uniq("source") } });
WRITE_PATHS["app/manage/actions.ts#mergeOutletsAction"] = mergeAttempt(
  () => makeOutlet(),
  async (id) => (await db.outlet.findUniqueOrThrow({ where: { id } })).mergedIntoId,
);
WRITE_PATHS["app/manage/actions.ts#saveEventAction"] = {
  need: "editor",
  attempt: async () => {
    const title = uniq("Event");
    return adding(formOf({ id: "", date: "2025-10-24", title, description: "" }), () =>
      db.event.count({ where: { title } }),
    );
  },
};
WRITE_PATHS["app/manage/actions.ts#saveTopicNameAction"] = {
  need: "editor",
  attempt: async () => {
    const topic = uniq("Topic");
    return {
      form: formOf({ id: topic, version: "0", nameEs: "Tema" }),
      hasChanged: async () => (await db.topicTranslation.count({ where: { topic } })) > 0,
    };
  },
};
WRITE_PATHS["app/manage/actions.ts#addSourceAction"] = {
  need: "editor",
  attempt: async () => {
    const name = uniq("Source");
    return adding(formOf({ name, kind: "research", aliases: "" }), () => db.source.count({ where: { name } }));
  },
};
WRITE_PATHS["app/manage/actions.ts#updateSourceAction"] = {
  need: "editor",
  attempt: async () => {
    const source = await newSource();
    const form = formOf({
      id: source.id,
      version: "1",
      name: `${source.name} renamed`,
      kind: "other",
      aliases: "",
      domains: "",
    });
    return {
      form,
      hasChanged: async () => (await db.source.findUniqueOrThrow({ where: { id: source.id } })).version !== 1,
    };
  },
};
WRITE_PATHS["app/manage/actions.ts#mergeSourcesAction"] = mergeAttempt(
  newSource,
  async (id) => (await db.source.findUniqueOrThrow({ where: { id } })).mergedIntoId,
);
WRITE_PATHS["app/manage/actions.ts#confirmCitationsAction"] = {
  need: "editor",
  attempt: async () => {
    const text = uniq("a count by");
    const o = await logValue((await makeFigure()).slug, (await makeOutlet()).id, { citedSources: [text] });
    const afp = await db.source.findUniqueOrThrow({ where: { slug: "afp" } });
    const form = formOf({ text, sourceId: afp.id, newName: "", newKind: "other" });
    const confirmed = () => db.citation.count({ where: { observationId: o.id, position: 0, isConfirmed: true } });
    return { form, hasChanged: async () => (await confirmed()) > 0 };
  },
};

/** Not role-checked, on purpose: how a person signs in and out, and chooses a language (their own account only). */
const PUBLIC_ACTIONS = new Set([
  "app/sign-in/actions.ts#signInAction",
  "app/sign-in/actions.ts#signOutAction",
  "app/language/actions.ts#setLocaleAction",
]);
/** Route writes (JSON API, import): their refusals are tested in json-api.test.ts and import-csv.test.ts. */
const ROUTE_WRITES = new Set([
  "app/api/figures/[slug]/observations/route.ts#POST",
  "app/api/observations/[id]/route.ts#PATCH",
  "app/api/observations/[id]/retract/route.ts#POST",
  "app/api/import/route.ts#POST",
]);
/** Non-GET handlers that change nothing for anyone. */
const NOT_WRITES = new Set([
  "app/api/extract/route.ts#POST",
  "app/api/[...path]/route.ts#POST",
  "app/api/[...path]/route.ts#PUT",
  "app/api/[...path]/route.ts#PATCH",
  "app/api/[...path]/route.ts#DELETE",
]);

function filesNamed(dir: string, name: string): string[] {
  return (readdirSync(path.join(ROOT, dir), { recursive: true }) as string[])
    .filter((f) => path.basename(f) === name)
    .map((f) => path.join(dir, f));
}

async function discoverWritePaths(): Promise<string[]> {
  const found: string[] = [];
  for (const file of filesNamed("app", "actions.ts")) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod)) if (typeof value === "function") found.push(`${file}#${name}`);
  }
  for (const file of filesNamed("app/api", "route.ts")) {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    for (const method of ["POST", "PUT", "PATCH", "DELETE"])
      if (typeof mod[method] === "function") found.push(`${file}#${method}`);
  }
  return found.sort();
}

async function callAction(key: string, headers: Headers, form: FormData): Promise<FormState> {
  const [file, name] = key.split("#");
  const action = ((await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, Action>)[name];
  return withRequest(headers, async () => {
    try {
      return await action({}, form);
    } catch (e) {
      // A successful log redirects to the figure page: Next signals that by throwing.
      if ((e as { digest?: string }).digest?.startsWith("NEXT_REDIRECT")) return { ok: true, message: "redirected" };
      throw e;
    }
  });
}

describe("write paths", () => {
  it("are all in the table above (a new one must be added here to be tested)", async () => {
    // Methods a route does not support answer 405 (lib/http/api-route.ts): not write paths.
    const discovered: string[] = [];
    for (const key of await discoverWritePaths()) {
      const [file, method] = key.split("#");
      if (file.startsWith("app/api/") && !ROUTE_WRITES.has(key) && !NOT_WRITES.has(key)) {
        const handler = (
          (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<
            string,
            (r: Request, c: unknown) => Promise<Response>
          >
        )[method];
        const res = await handler(new Request("http://localhost/x", { method }), { params: Promise.resolve({}) });
        if (res.status === 405) continue;
      }
      discovered.push(key);
    }
    const known = [...Object.keys(WRITE_PATHS), ...PUBLIC_ACTIONS, ...NOT_WRITES, ...ROUTE_WRITES].sort();
    expect(discovered).toEqual(known);
  });

  const callers = (need: WritePath["need"]): { who: string; headers: () => Promise<Headers>; expected: RegExp }[] => {
    const anonymous = { who: "anonymous", headers: async () => anonymousHeaders(), expected: /^Sign in/ };
    const as = (role: Role) => ({
      who: role,
      headers: async () => sessionHeaders(await makeUser({ role })),
      expected: /^This needs the (editor|admin) role/,
    });
    if (need === "signed-in") return [anonymous];
    if (need === "editor") return [anonymous, as("viewer")];
    return [anonymous, as("viewer"), as("editor")];
  };

  for (const [key, path_] of Object.entries(WRITE_PATHS)) {
    for (const caller of callers(path_.need)) {
      it(`${key} refuses ${caller.who} and changes nothing`, async () => {
        const { form, hasChanged } = await path_.attempt();
        const state = await callAction(key, await caller.headers(), form);
        expect(state.ok).toBeFalsy();
        expect(state.message).toMatch(caller.expected);
        expect(await hasChanged()).toBe(false);
      });
    }

    it(`${key} works for ${path_.need === "signed-in" ? "the signed-in person" : `an ${path_.need}`} (so the refusals above are about the role)`, async () => {
      const { form, hasChanged } = await path_.attempt();
      const headers =
        path_.need === "signed-in"
          ? await sessionHeaders(target)
          : await sessionHeaders(await makeUser({ role: path_.need }));
      const state = await callAction(key, headers, form);
      expect(state.message).not.toMatch(/Sign in|needs the/);
      expect(state.ok).toBe(true);
      expect(await hasChanged()).toBe(true);
    });
  }
});
