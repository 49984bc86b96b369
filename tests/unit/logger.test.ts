// A failed query's log line is one short JSON object: message and code, no pg client dumped.
import pg from "pg";
import { describe, expect, it } from "vitest";
import { serializeError } from "@/lib/log/logger";

describe("serializeError", () => {
  it("keeps a database error's message and code, not its connection", async () => {
    const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    const err = await client.query("SELECT * FROM no_such_table_here").catch((e: unknown) => e);
    await client.end();
    const line = JSON.stringify(serializeError(err));
    expect(JSON.parse(line)).toMatchObject({
      type: "error",
      code: "42P01",
      message: expect.stringContaining("no_such_table_here"),
    });
    expect(line.length).toBeLessThan(300);
    expect(line).not.toContain("stack");
  });

  it("keeps a bug's stack, cut to a few frames", () => {
    const logged = serializeError(new TypeError("x is undefined"));
    expect(logged).toMatchObject({ type: "TypeError", message: "x is undefined" });
    expect(logged.stack!.split("\n").length).toBeLessThanOrEqual(8);
  });

  it("writes what is not an Error as text", () => {
    expect(serializeError(undefined)).toEqual({ type: "undefined", message: "undefined" });
  });
});
