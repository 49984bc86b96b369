// POST /api/extract, called as Next.js calls it, with the real rate_limit table behind it.
import { describe, expect, it } from "vitest";
import { POST as extract } from "@/app/api/extract/route";
import { MAX_QUOTE_CHARS } from "@/lib/extract/clip-quote";
import { MAX_CANDIDATES } from "@/lib/extract/extract-figures";
import { EXTRACT_LIMIT, MAX_EXTRACT_CHARS } from "@/lib/extract/schemas";
import { consumeThrottle } from "@/lib/throttle/consume-throttle";
import { uniq } from "../factories";

const ctx = { params: Promise.resolve({}) };
const post = (body: unknown, ip = uniq("10.0.0"), forwarded = `${ip}`) =>
  extract(
    new Request("http://localhost/api/extract", {
      method: "POST",
      headers: { "content-type": "application/json", "x-forwarded-for": forwarded },
      body: typeof body === "string" ? body : JSON.stringify(body),
    }),
    ctx,
  );

describe("POST /api/extract", () => {
  it("answers 200 with every candidate, numbers as strings and offsets into the text", async () => {
    const text =
      "On Oct. 24, AP said aid fell to $230 million, down from more than $700 million. At least 43 people died.";
    const res = await post({ text, unit: "people" });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.candidates).toEqual([
      {
        value: "230000000",
        low: null,
        high: null,
        qualifier: "exact",
        unit: "USD",
        text: "$230 million",
        start: 32,
        end: 44,
        quote: "On Oct. 24, AP said aid fell to $230 million, down from more than $700 million.",
        lang: "en",
      },
      expect.objectContaining({
        value: "700000000",
        qualifier: "more_than",
        unit: "USD",
        text: "more than $700 million",
      }),
      expect.objectContaining({
        value: "43",
        qualifier: "at_least",
        unit: "people",
        text: "At least 43 people",
        quote: "At least 43 people died.",
      }),
    ]);
    for (const c of body.candidates) expect(text.slice(c.start, c.end)).toBe(c.text);
    expect(body.preselected).toBe(2);
  });

  // The four sentences issue 12 found read wrong, each alone and in its figure's unit:
  // [sentence, unit, value, qualifier, the words found]
  it.each([
    ["Al menos 57 personas murieron en el ataque.", "people", "57", "at_least", "Al menos 57 personas"],
    ["Congelaron 230 millones de dólares en ayuda.", "USD", "230000000", "exact", "230 millones de dólares"],
    ["Fueron desplazadas 1.200 personas.", "people", "1200", "exact", "1.200 personas"],
    ["Unos 80 soldados llegaron.", "soldados", "80", "approximately", "Unos 80 soldados"],
  ])("reads the Spanish “%s” right and preselects it", async (text, unit, value, qualifier, found) => {
    const body = await (await post({ text, unit })).json();
    expect(body.candidates).toEqual([
      {
        text: found,
        value,
        qualifier,
        unit,
        low: null,
        high: null,
        start: text.indexOf(found),
        end: text.indexOf(found) + found.length,
        quote: text,
        lang: "es",
      },
    ]);
    expect(body.preselected).toBe(0);
  });

  it("takes the language to read as: auto (per sentence), en or es", async () => {
    const text = "AP said 1,200 people died. Según EFE, unas 1.200 personas murieron.";
    const auto = await (await post({ text })).json();
    expect(
      auto.candidates.map((c: { value: string; qualifier: string; lang: string }) => [c.value, c.qualifier, c.lang]),
    ).toEqual([
      ["1200", "exact", "en"],
      ["1200", "approximately", "es"],
    ]);
    const es = await (await post({ text: "1.200 boats", lang: "es" })).json();
    expect(es.candidates[0]).toMatchObject({ value: "1200", lang: "es" });
    const en = await (await post({ text: "1.200 boats", lang: "en" })).json();
    expect(en.candidates[0]).toMatchObject({ value: "1.2", lang: "en" });
    const bad = await post({ text: "1.200 boats", lang: "fr" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.fields.lang).toEqual(["Choose the language to read: auto, en, es."]);
  });

  it("answers 200 with a range and an empty list", async () => {
    const range = await (await post({ text: "Between 12 and 15 boats." })).json();
    expect(range.candidates[0]).toMatchObject({ value: null, low: "12", high: "15", qualifier: "range" });
    expect(await (await post({ text: "No numbers here." })).json()).toEqual({ candidates: [], preselected: -1 });
  });

  it.each([
    ["not JSON", "{text:", "bad_request", undefined],
    ["no text", { words: "x" }, "validation_failed", "text"],
    ["text not a string", { text: 43 }, "validation_failed", "text"],
  ])("answers 400 for %s, in the one error shape", async (_name, body, code, field) => {
    const res = await post(body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.error.code).toBe(code);
    expect(json.error.message).toEqual(expect.any(String));
    if (field) expect(json.error.fields[field]).toBeDefined();
  });

  it("answers 413 for a text over 20,000 characters, and reads one of exactly 20,000", async () => {
    const res = await post({ text: "9 ".repeat(MAX_EXTRACT_CHARS / 2) + "x" });
    expect(res.status).toBe(413);
    expect((await res.json()).error).toMatchObject({
      code: "payload_too_large",
      message: expect.stringContaining("20,000"),
    });
    expect((await post({ text: "a".repeat(MAX_EXTRACT_CHARS - 14) + " 43 people ok." })).status).toBe(200);
  });

  it("answers 429 with Retry-After once an address has used its allowance, and other addresses go on", async () => {
    const ip = uniq("10.1.1");
    for (let i = 0; i < EXTRACT_LIMIT.points; i++) expect((await post({ text: "3 boats" }, ip)).status).toBe(200);
    const res = await post({ text: "3 boats" }, ip);
    expect(res.status).toBe(429);
    const retryAfter = Number(res.headers.get("retry-after"));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(EXTRACT_LIMIT.durationSeconds);
    expect((await res.json()).error).toMatchObject({
      code: "too_many_requests",
      message: expect.stringMatching(/Try again in \d+ (seconds?|minute)\./),
    });
    expect((await post({ text: "3 boats" })).status).toBe(200);
    // A client that writes its own first hop does not get a fresh allowance: the last hop counts.
    expect((await post({ text: "3 boats" }, ip, `${uniq("1.2.3")}, ${ip}`)).status).toBe(429);
  });

  it('bounds its work: 20,000 characters of "1 " answer quickly, under 1 MB, quotes clipped', async () => {
    const started = performance.now();
    const res = await post({ text: "1 ".repeat(MAX_EXTRACT_CHARS / 2) });
    const body = await res.text();
    const ms = performance.now() - started;
    console.log(`POST /api/extract, 20,000 chars of "1 ": ${Math.round(ms)} ms, ${body.length} bytes`);
    expect(res.status).toBe(200);
    expect(body.length).toBeLessThan(1_000_000);
    const { candidates } = JSON.parse(body) as { candidates: { quote: string; text: string }[] };
    expect(candidates).toHaveLength(MAX_CANDIDATES);
    for (const c of candidates) {
      expect(c.quote.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
      expect(c.quote).toContain(c.text);
    }
  });
});

describe("consumeThrottle", () => {
  it("counts per key and says how long to wait in minutes for long windows", async () => {
    const key = uniq("sign-in:email");
    await expect(consumeThrottle({ key, points: 2, durationSeconds: 900 })).resolves.toEqual({ remaining: 1 });
    await expect(consumeThrottle({ key, points: 2, durationSeconds: 900 })).resolves.toEqual({ remaining: 0 });
    await expect(
      consumeThrottle({ key, points: 2, durationSeconds: 900, message: "Too many sign-in attempts." }),
    ).rejects.toMatchObject({
      code: "too_many_requests",
      status: 429,
      retryAfterSeconds: expect.any(Number),
      message: "Too many sign-in attempts. Try again in 15 minutes.",
    });
  });
});
