import "server-only";
// The one way in: email + password through better-auth, behind a per-account progressive delay
// and a per-address limit (lib/auth/sign-in-throttle.ts). Inside a server action, better-auth's nextCookies plugin sets the session cookie.
import { isAPIError } from "better-auth/api";
import { AppError } from "../errors";
import { clientIp } from "../throttle/client-ip";
import { parseInput } from "../validate";
import { getAuth } from "./auth";
import { ZSignIn } from "./schemas";
import {
  forgetFailedSignIns,
  recordFailedSignIn,
  secondsUntilAddressAllowed,
  signInDelaySeconds,
} from "./sign-in-throttle";

const waitText = (seconds: number) => (seconds < 90 ? `${seconds} seconds` : `${Math.ceil(seconds / 60)} minutes`);

export async function signIn(opts: {
  input: unknown;
  headers: Headers;
}): Promise<{ userId: string; setCookie: string | null }> {
  const input = parseInput(ZSignIn, opts.input);
  const keys = { account: input.email, ip: clientIp({ headers: opts.headers }) };
  const wait = await secondsUntilAddressAllowed(keys);
  if (wait > 0)
    throw new AppError(
      "too_many_requests",
      `Too many failed sign-ins from this address. Try again in ${waitText(wait)}.`,
    );
  const delay = await signInDelaySeconds(keys);
  if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay * 1000));
  try {
    const { headers, response } = await getAuth().api.signInEmail({
      body: { email: input.email, password: input.password },
      headers: opts.headers,
      returnHeaders: true,
    });
    await forgetFailedSignIns(keys);
    return { userId: response.user.id, setCookie: headers.get("set-cookie") };
  } catch (e) {
    // Not `instanceof`: the auth instance is kept on globalThis, so one made while rendering a page
    // throws the APIError of another bundle layer than this server action's (two-servers.spec.ts).
    if (!isAPIError(e)) throw e;
    await recordFailedSignIn(keys);
    if (e.status === "FORBIDDEN") throw new AppError("forbidden", e.message || "This account has been disabled.");
    throw new AppError("unauthorized", "That email and password do not match an account.", {
      password: ["Check the email and password."],
    });
  }
}
