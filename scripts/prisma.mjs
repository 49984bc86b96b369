#!/usr/bin/env node
// Runs the Prisma CLI on machines that cannot download Prisma's native schema engine.
// Every CLI command first tries that download; pointing PRISMA_SCHEMA_ENGINE_BINARY at an
// existing file skips it. Only `generate` (which needs no engine) is run through here:
// migrations are applied and authored by our own scripts (see ARCHITECTURE.md).
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const cli = require.resolve("prisma/build/index.js");
const env = { ...process.env };
env.PRISMA_SCHEMA_ENGINE_BINARY ??= process.execPath; // any existing file: the download is skipped
env.PRISMA_HIDE_UPDATE_MESSAGE = "1";
env.CHECKPOINT_DISABLE = "1";

const result = spawnSync(process.execPath, [cli, ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(result.status ?? 1);
