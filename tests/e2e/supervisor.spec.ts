// `npm start` as an operator meets it: the embedded PostgreSQL killed under it comes back by itself
// (readers get 503s meanwhile, never 500s), a dead web server ends Tally non-zero without leaving
// PostgreSQL behind, and a start that cannot work says why in one line.
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { isAlive, portOwnerPid } from "../../lib/db/process-info";
import { spawnTally, statusOf, waitUntil, type TallyProcess } from "./tally-process";

test.describe.configure({ mode: "serial", timeout: 240_000 });

const postmasterPid = (t: TallyProcess) =>
  Number(readFileSync(path.join(t.dataDir, "pg", "postmaster.pid"), "utf8").split("\n")[0]);
const isHealthy = async (t: TallyProcess) => (await statusOf(`${t.baseUrl}/api/health`)) === 200;

test("a killed embedded PostgreSQL comes back within 15 s; meanwhile pages and JSON answer 503, never 500", async () => {
  const tally = await spawnTally();
  try {
    expect(await waitUntil(() => isHealthy(tally), 180_000), tally.output()).toBe(true);
    expect(await statusOf(`${tally.baseUrl}/`)).toBe(200);

    process.kill(postmasterPid(tally), "SIGKILL");
    const killedAt = Date.now();
    // Several readers at once, so some renders are under way at the moment PostgreSQL goes.
    const seen = { page: new Set<number>(), json: new Set<number>() };
    let isBack = false;
    const read = async (route: string, into: Set<number>) => {
      while (!isBack) into.add(await statusOf(`${tally.baseUrl}${route}`));
    };
    const readers = [
      read("/", seen.page),
      read("/", seen.page),
      read("/figures/us-boat-strike-deaths", seen.page),
      read("/api/figures", seen.json),
    ];
    const back = await waitUntil(() => isHealthy(tally), 15_000);
    isBack = true;
    await Promise.all(readers);
    const downFor = (Date.now() - killedAt) / 1000;
    console.log(
      `embedded PostgreSQL kill -9: healthy again after ${downFor.toFixed(1)} s; pages ${[...seen.page]}, JSON ${[...seen.json]}`,
    );

    expect(back, tally.output()).toBe(true);
    expect(seen.page.has(500)).toBe(false);
    expect(seen.json.has(500)).toBe(false);
    expect([...seen.page, ...seen.json].every((s) => s === 200 || s === 503)).toBe(true);
    expect(tally.output()).toContain("PostgreSQL exited unexpectedly");
    // and it serves again
    expect(await waitUntil(async () => (await statusOf(`${tally.baseUrl}/`)) === 200, 10_000)).toBe(true);
    expect(await statusOf(`${tally.baseUrl}/api/figures`)).toBe(200);

    // A second start on the same data dir names what holds it.
    const second = await spawnTally({ dataDir: tally.dataDir });
    expect(await second.exited).not.toBe(0);
    expect(second.output()).toMatch(/data dir .* is locked by a running PostgreSQL \(pid \d+/);
  } finally {
    await tally.kill();
  }
});

test("a killed web server ends npm start non-zero within 10 s and leaves no PostgreSQL running", async () => {
  const tally = await spawnTally();
  try {
    expect(await waitUntil(() => isHealthy(tally), 180_000), tally.output()).toBe(true);
    const pgPid = postmasterPid(tally);
    const webPid = portOwnerPid(tally.port);
    expect(webPid).not.toBeNull();
    process.kill(webPid!, "SIGKILL");
    const code = await Promise.race([tally.exited, new Promise<"hung">((r) => setTimeout(() => r("hung"), 10_000))]);
    expect(code, tally.output()).not.toBe("hung");
    expect(code).not.toBe(0);
    expect(await waitUntil(async () => !isAlive(pgPid), 5_000)).toBe(true);
  } finally {
    await tally.kill();
  }
});

test("a PostgreSQL port that is taken gets one clear line naming the port", async () => {
  const blocker = net.createServer();
  await new Promise<void>((r) => blocker.listen(0, "127.0.0.1", () => r()));
  const port = (blocker.address() as net.AddressInfo).port;
  const tally = await spawnTally({ pgPort: port });
  try {
    expect(await tally.exited).toBe(1);
    const lines = tally
      .output()
      .split("\n")
      .filter((l) => l.includes("did not start"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(`port ${port} is in use by`);
    expect(tally.output()).not.toContain("TypeError");
  } finally {
    blocker.close();
    await tally.kill();
  }
});
