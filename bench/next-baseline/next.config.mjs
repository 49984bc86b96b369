// bench:data's second baseline (bench/data.ts): Next.js alone, one route handler answering a
// constant JSON body, built and served by the same `next` as Tally.
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));

const config = {
  poweredByHeader: false,
  // The repository's node_modules, two levels up.
  turbopack: { root: path.resolve(here, "../..") },
  experimental: { turbopackFileSystemCacheForBuild: false },
};

export default config;
