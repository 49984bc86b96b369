// `npm run token:create` makes a working API token for an editor, printed once.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { POST as postObservation } from "@/app/api/figures/[slug]/observations/route";
import { makeFigure, makeOutlet, observationInput } from "../factories";
import { makeUser } from "../factories/users";

const run = (args: string[]) =>
  promisify(execFile)(
    process.execPath,
    ["--import", "tsx", "--conditions=react-server", "scripts/token-create.ts", ...args],
    {
      env: { ...process.env },
      timeout: 120_000,
    },
  );

describe("npm run token:create", () => {
  it("prints a token once that logs a value as the editor", async () => {
    const editor = await makeUser({ role: "editor" });
    const { stdout } = await run(["--email", editor.email, "--name", "newsroom bot", "--scopes", "observations:write"]);
    const token = /token \(shown only now\): (tly_\S+)/.exec(stdout)?.[1];
    expect(token).toMatch(/^tly_[A-Za-z0-9_-]{43}$/);

    const figure = await makeFigure();
    const outlet = await makeOutlet();
    const { figureSlug, ...body } = observationInput(figure.slug, outlet.id);
    const res = await postObservation(
      new Request(`http://localhost/api/figures/${figureSlug}/observations`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ slug: figureSlug }) },
    );
    expect(res.status).toBe(201);
    expect((await res.json()).loggedBy).toBe(editor.name);
  }, 180_000);

  it("refuses a viewer and an unknown email, saying why", async () => {
    const viewer = await makeUser({ role: "viewer" });
    await expect(
      run(["--email", viewer.email, "--name", "bot", "--scopes", "observations:write"]),
    ).rejects.toMatchObject({
      stderr: expect.stringContaining("Only editors can create API tokens."),
    });
    await expect(run(["--email", "nobody@tally.test", "--name", "bot"])).rejects.toMatchObject({
      stderr: expect.stringContaining("There is no account for nobody@tally.test"),
    });
  }, 180_000);
});
