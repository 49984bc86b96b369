// A catalogue cannot fall behind: every key in one language is in every other, with the same
// placeholders ({count}, {date}…), and no message is left empty.
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { MESSAGES } from "@/lib/i18n/messages";

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === "string") out.set(key, v);
    else for (const [kk, vv] of flatten(v, key)) out.set(kk, vv);
  }
  return out;
}

/** The ICU arguments a message uses: "{count, plural, one {…} other {…}} on {date}" → ["count", "date"]. */
function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  let i = 0;
  // Text until a closing brace (or the end); every "{" in text opens an argument.
  const text = () => {
    while (i < message.length && message[i] !== "}") {
      if (message[i] === "{") argument();
      else i++;
    }
  };
  const argument = () => {
    i++; // "{"
    const start = i;
    while (i < message.length && !",}".includes(message[i])) i++;
    found.add(message.slice(start, i).trim());
    if (message[i] === ",") {
      i++;
      while (i < message.length && !",}".includes(message[i])) i++; // the type: plural, select…
      if (message[i] === ",") {
        i++;
        // Options: "selector {text}" pairs until the argument's closing brace.
        while (i < message.length && message[i] !== "}") {
          if (message[i] === "{") {
            i++;
            text();
          }
          i++;
        }
      }
    }
    i++; // "}"
  };
  text();
  return [...found].sort();
}

const flat = Object.fromEntries(LOCALES.map((l) => [l, flatten(MESSAGES[l] as unknown as Tree)]));

describe.each(LOCALES.filter((l) => l !== "en"))("the %s catalogue against English", (locale) => {
  it("has every English key and no key English lacks", () => {
    const en = [...flat.en.keys()];
    const other = [...flat[locale].keys()];
    expect(
      en.filter((k) => !flat[locale].has(k)),
      `missing from ${locale}.json`,
    ).toEqual([]);
    expect(
      other.filter((k) => !flat.en.has(k)),
      `in ${locale}.json but not en.json`,
    ).toEqual([]);
  });

  it("uses the same placeholders in every message", () => {
    const differing = [...flat.en].filter(
      ([k, v]) => flat[locale].has(k) && argumentsOf(v).join() !== argumentsOf(flat[locale].get(k)!).join(),
    );
    expect(differing.map(([k]) => k)).toEqual([]);
  });
});

it("no message is empty in any language", () => {
  for (const l of LOCALES)
    expect([...flat[l]].filter(([, v]) => v.trim() === "").map(([k]) => `${l}:${k}`)).toEqual([]);
});

it("the check itself notices a missing key", () => {
  const en = flatten({ a: "x", b: { c: "y" } });
  const es = flatten({ a: "x" });
  expect([...en.keys()].filter((k) => !es.has(k))).toEqual(["b.c"]);
});

it("reads placeholders inside plural and select options, not the option words", () => {
  expect(argumentsOf("{count, plural, one {# on {date}} other {# alerts}} by {who}")).toEqual(["count", "date", "who"]);
  expect(argumentsOf("{role, select, admin {admin} other {viewer}}")).toEqual(["role"]);
});
