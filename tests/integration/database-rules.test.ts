// The rules PostgreSQL itself enforces, whatever code (or person with psql) writes.
import { describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { logObservation } from "@/lib/observations/log-observation";
import { retractObservation } from "@/lib/observations/retract-observation";
import { makeFigure, makeOutlet, observationInput, TEST_ACTOR } from "../factories";
import { makeUser } from "../factories/users";
import { logValue } from "../factories/log-value";

const db = getDb();

describe("revision table", () => {
  it("rejects UPDATE, DELETE and TRUNCATE even from raw SQL", async () => {
    const figure = await makeFigure();
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: figure.id } });
    await expect(db.$executeRaw`UPDATE revision SET actor = 'someone else' WHERE id = ${revision.id}`).rejects.toThrow(
      /append-only: UPDATE/,
    );
    await expect(db.$executeRaw`DELETE FROM revision WHERE id = ${revision.id}`).rejects.toThrow(/append-only: DELETE/);
    await expect(db.$executeRaw`TRUNCATE revision`).rejects.toThrow(/append-only: TRUNCATE/);
    const after = await db.revision.findUniqueOrThrow({ where: { id: revision.id } });
    expect(after.actor).toBe("test editor");
  });
});

describe("observation constraints", () => {
  it("refuse a number that is neither a single value nor a range", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const ok = await logValue(figure.slug, outlet.id);
    await expect(db.$executeRaw`UPDATE observation SET low = 1 WHERE id = ${ok.id}::uuid`).rejects.toThrow(
      /observation_value_shape/,
    );
    await expect(db.$executeRaw`UPDATE observation SET qualifier = 'range' WHERE id = ${ok.id}::uuid`).rejects.toThrow(
      /observation_value_shape/,
    );
    await expect(db.$executeRaw`UPDATE observation SET cited_sources = '{}' WHERE id = ${ok.id}::uuid`).rejects.toThrow(
      /observation_has_cited_source/,
    );
    await expect(
      db.$executeRaw`UPDATE observation SET refers_start = '2025-02-01', refers_end = '2025-01-01' WHERE id = ${ok.id}::uuid`,
    ).rejects.toThrow(/observation_refers_order/);
  });
});

describe("corrections history", () => {
  it("a retraction's revision cannot be rewritten or removed, even with SQL, and the value stays", async () => {
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const o = await logValue(figure.slug, outlet.id);
    await retractObservation({ db, actor: TEST_ACTOR, input: { id: o.id, version: 1, reason: "Wrong figure." } });
    const revision = await db.revision.findFirstOrThrow({ where: { entityId: o.id, action: "retract" } });
    await expect(
      db.$executeRaw`UPDATE revision SET reason = 'nothing happened' WHERE id = ${revision.id}`,
    ).rejects.toThrow(/append-only: UPDATE/);
    await expect(db.$executeRaw`DELETE FROM revision WHERE entity_id = ${o.id}`).rejects.toThrow(/append-only: DELETE/);
    expect(
      (await db.revision.findMany({ where: { entityId: o.id }, orderBy: { id: "asc" } })).map((r) => [
        r.action,
        r.reason,
      ]),
    ).toEqual([
      ["create", null],
      ["retract", "Wrong figure."],
    ]);
    await expect(db.$executeRaw`UPDATE observation SET status_reason = NULL WHERE id = ${o.id}::uuid`).rejects.toThrow(
      /observation_retraction_has_reason/,
    );
  });

  it("the database itself refuses a check by the account that logged the value", async () => {
    const ana = await makeUser({ role: "editor" });
    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const o = await logObservation({ db, actor: ana.actor, input: observationInput(figure.slug, outlet.id) });
    await expect(
      db.$executeRaw`UPDATE observation SET check_status = 'checked', checked_by = ${ana.name}, checked_by_id = ${ana.id}, checked_at = now() WHERE id = ${o.id}::uuid`,
    ).rejects.toThrow(/observation_checker_not_logger/);
  });
});
