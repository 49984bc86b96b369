// Node/V8 flags for the production web server (`next start`), used by `npm start` (scripts/start.ts)
// and by bench/data.ts so the bench measures the server as it runs. Each one was measured with
// bench/data.ts (resident memory of the `next start` process at rest and while exporting):
//  --max-semi-space-size=4   V8's young generation grows to 2 × 16 MB by default; 4 MB semi-spaces
//                            keep ~20 MB off the resident set. Exports stream Buffers that live
//                            outside the V8 heap, so they are not slowed; JSON pages allocate
//                            more, but short-lived objects still die young at this size.
//  --liftoff-only            Prisma 7's query compiler is WebAssembly; V8 recompiles hot wasm with
//                            its optimising tier in the background, ~45 MB of code for a ~3 MB
//                            module. The baseline compiler alone keeps that off; Prisma compiles
//                            queries, it does not run them, so the slower code costs little (see
//                            ARCHITECTURE.md, "Memory of the web server").
// These are V8 flags, which NODE_OPTIONS does not accept; a deployment that runs `next start`
// itself passes them as `node <flags> node_modules/next/dist/bin/next start`.
import { fileURLToPath } from "node:url";

export const SERVER_NODE_FLAGS = ["--max-semi-space-size=4", "--liftoff-only"];

/**
 * Every server, dev included (scripts/server-preload.cjs): appends the TCP peer to X-Forwarded-For
 * (scripts/peer-address.cjs), and a render that failed for want of the database answers 503
 * (scripts/unavailable-status.cjs).
 */
export const SERVER_PRELOAD_FLAGS = ["--require", fileURLToPath(new URL("./server-preload.cjs", import.meta.url))];
