#!/usr/bin/env node
// The npm registry these machines reach does not serve Next.js's macOS and Windows SWC
// binaries, so `npm install` here leaves them out of package-lock.json, and `npm ci` then
// refuses the lock file ("Missing: @next/swc-darwin-arm64@ from lock file") — here and on a
// Mac. This puts their (optional, platform-gated) entries back. Run after changing dependencies:
//   npm install && node scripts/lockfile-platforms.mjs
import { readFileSync, writeFileSync } from "node:fs";

const LOCK = "package-lock.json";
const lock = JSON.parse(readFileSync(LOCK, "utf8"));
const next = lock.packages["node_modules/next"];
const PLATFORMS = {
  "darwin-arm64": { os: ["darwin"], cpu: ["arm64"] },
  "darwin-x64": { os: ["darwin"], cpu: ["x64"] },
  "win32-arm64-msvc": { os: ["win32"], cpu: ["arm64"] },
  "win32-x64-msvc": { os: ["win32"], cpu: ["x64"] },
};

let added = 0;
for (const [platform, gate] of Object.entries(PLATFORMS)) {
  const name = `@next/swc-${platform}`;
  const version = next.optionalDependencies?.[name];
  const key = `node_modules/${name}`;
  if (!version || lock.packages[key]) continue;
  lock.packages[key] = {
    version,
    cpu: gate.cpu,
    license: "MIT",
    optional: true,
    os: gate.os,
    engines: { node: ">= 10" },
  };
  added++;
}
// npm keeps packages sorted by path; so do we, to keep diffs small.
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) => (a === "" ? -1 : b === "" ? 1 : a.localeCompare(b))),
);
writeFileSync(LOCK, `${JSON.stringify(lock, null, 2)}\n`);
console.log(
  added ? `package-lock.json: added ${added} platform entries for Next.js's SWC` : "package-lock.json: nothing to add",
);
