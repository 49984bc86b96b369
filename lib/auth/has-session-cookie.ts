// Whether a request carries a Tally session cookie (better-auth's "tally.session_token", or its
// "__Secure-" form on https). Only whether it is there: whether it is valid needs the database.
export const SESSION_COOKIE = "tally.session_token";

export function hasSessionCookie(headers: Headers): boolean {
  return headers.get("cookie")?.includes(SESSION_COOKIE) ?? false;
}
