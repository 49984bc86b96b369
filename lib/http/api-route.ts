// The methods of one API route: those it implements, and for every other method the one JSON
// error shape with 405 (Next.js alone answers a bare 405). OPTIONS answers CORS preflights:
// reads from any origin, never writes. Both carry the API's security headers, as handleRoute's do.
import { AppError, toErrorBody } from "../errors";
import { localizeError } from "../i18n/localize-error";
import { requestLocaleOf } from "../i18n/request-locale-of";
import { withApiSecurityHeaders } from "./api-security-headers";

type Handler = (req: Request, ctx: { params: Promise<never> }) => Promise<Response>;
type Method = "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
const METHODS: Method[] = ["GET", "POST", "PUT", "PATCH", "DELETE"];

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyHandler = (req: Request, ctx: any) => Promise<Response>;

export function apiRoute(handlers: Partial<Record<Method, AnyHandler>>): Record<Method | "OPTIONS", AnyHandler> {
  const allowed = [...(Object.keys(handlers) as Method[]), "OPTIONS"];
  const allow = allowed.join(", ");
  const notAllowed: Handler = async (req) => {
    const err = new AppError("method_not_allowed", `${req.method} is not supported here; use ${allow}.`);
    return withApiSecurityHeaders(
      Response.json(toErrorBody(err, localizeError(err, requestLocaleOf(req))), {
        status: 405,
        headers: { allow },
      }),
    );
  };
  const OPTIONS: Handler = async (req) => withApiSecurityHeaders(preflight(req));
  const preflight = (req: Request): Response => {
    const wanted = (req.headers.get("access-control-request-method") ?? "").toUpperCase();
    if (wanted === "GET" || wanted === "HEAD") {
      return new Response(null, {
        status: 204,
        headers: {
          allow,
          "access-control-allow-origin": "*",
          "access-control-allow-methods": "GET, HEAD",
          "access-control-allow-headers": "If-None-Match, Authorization",
          "access-control-max-age": "86400",
        },
      });
    }
    if (!wanted) return new Response(null, { status: 204, headers: { allow } });
    const err = new AppError("forbidden", "Other sites may read Tally's API but not write to it.");
    return Response.json(toErrorBody(err, localizeError(err, requestLocaleOf(req))), {
      status: 403,
      headers: { allow },
    });
  };
  const out = { OPTIONS } as Record<Method | "OPTIONS", AnyHandler>;
  for (const m of METHODS) out[m] = handlers[m] ?? notAllowed;
  return out;
}
