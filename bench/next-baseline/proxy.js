// Without a proxy of its own, Turbopack takes the repository root's proxy.ts. This one never runs
// for the baseline's route: its matcher leaves /api/… out, as Tally's proxy.ts does.
import { NextResponse } from "next/server";

export function proxy() {
  return NextResponse.next();
}

export const config = { matcher: ["/((?!api/).*)"] };
