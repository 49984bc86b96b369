// When an admin makes Tally sign-in only, pages send anonymous visitors to /sign-in. This is a
// convenience for pages only: every route handler and server action checks the role itself
// (lib/auth/authorize.ts), so nothing depends on this file for protection.
import { NextResponse, type NextRequest } from "next/server";
import { authorize } from "@/lib/auth/authorize";
import { AppError } from "@/lib/errors";

export async function proxy(request: NextRequest) {
  try {
    await authorize({ need: "viewer", headers: request.headers });
    return NextResponse.next();
  } catch (e) {
    if (!(e instanceof AppError) || e.code !== "unauthorized") throw e;
    const url = new URL("/sign-in", request.url);
    url.searchParams.set("next", request.nextUrl.pathname + request.nextUrl.search);
    return NextResponse.redirect(url);
  }
}

// Pages only: not the API (it answers 401 itself), not sign-in, not Next's own files.
export const config = { matcher: ["/((?!api/|sign-in|_next/|icon.svg|favicon.ico).*)"] };
