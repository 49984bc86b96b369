// When an admin makes Tally sign-in only, pages send anonymous visitors to /sign-in. This is a
// convenience for pages only: every route handler and server action checks the role itself
// (lib/auth/authorize.ts), so nothing depends on this file for protection.
// While the database is unreachable, pages get a 503 page at once (lib/db/availability.ts).
import { NextResponse, type NextRequest } from "next/server";
import { authorize } from "@/lib/auth/authorize";
import { isDatabaseMarkedDown, markDatabaseDown } from "@/lib/db/availability";
import { asAppError } from "@/lib/errors";
import { unavailableResponse } from "@/lib/http/unavailable-response";

export async function proxy(request: NextRequest) {
  if (isDatabaseMarkedDown()) return unavailableResponse();
  try {
    await authorize({ need: "viewer", headers: request.headers });
    return NextResponse.next();
  } catch (e) {
    const err = asAppError(e);
    if (err.code === "unavailable") {
      markDatabaseDown();
      return unavailableResponse();
    }
    if (err.code !== "unauthorized") throw e;
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
}

// Pages only: not the API (it answers 401 itself), not sign-in, not Next's own files.
export const config = { matcher: ["/((?!api/|sign-in|_next/|icon.svg|favicon.ico).*)"] };
