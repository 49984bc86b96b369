// bench:data's "Next.js alone" baseline: one route handler answering a constant JSON body (the
// paged JSON's own bytes, which the bench writes to BENCH_BODY_FILE), with nothing of Tally's
// around it: no proxy, no database, no JSON to build.
import { readFileSync } from "node:fs";

export const dynamic = "force-dynamic";

let body;

export async function GET() {
  body ??= readFileSync(process.env.BENCH_BODY_FILE, "utf8");
  return new Response(body, { headers: { "content-type": "application/json" } });
}
