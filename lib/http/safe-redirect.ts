// THE check for every redirect target that comes from a request (sign-in's `next`, the check
// form's `returnTo`): a path on this site, or the fallback. The path is resolved against the
// site's origin the way a browser would resolve it, so nothing that a browser reads as another
// host gets through: "//evil", "/\evil" (browsers read \ as /), "/<TAB>/evil" (URL parsing drops
// tabs and newlines), "/.//evil", "https://evil".
import { publicUrl } from "../env";

const MAX_LENGTH = 2048;
// Backslashes and C0/C1 control characters (tab, newline, NUL, …) never belong in a path we send.
const REFUSED = /[\\\u0000-\u001f\u007f-\u009f]/;

export function safeRedirect(target: unknown, fallback = "/"): string {
  if (typeof target !== "string" || target.length > MAX_LENGTH) return fallback;
  if (!target.startsWith("/") || target.startsWith("//") || REFUSED.test(target)) return fallback;
  const origin = new URL(publicUrl()).origin;
  const url = URL.parse(target, origin);
  if (!url || url.origin !== origin) return fallback;
  const path = url.pathname + url.search + url.hash;
  // "/.//evil" resolves to the path "//evil", which a browser would read as a host.
  return path.startsWith("//") ? fallback : path;
}
