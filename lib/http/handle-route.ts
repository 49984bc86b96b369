import "server-only";
// Every route handler goes through this: it checks the caller's role first, then maps any
// error to the one JSON error shape. Unknown errors become a 500 with no details in the body.
import { authorize, type Actor, type Role } from "../auth/authorize";
import { asAppError, toErrorBody, TooManyRequestsError } from "../errors";

type RouteContext<P> = { params: Promise<P> };

/** "public": no role check at all — only for routes that read nothing (health for load balancers). */
export const PUBLIC_ACTOR: Actor = { id: null, name: "anonymous", role: "viewer" };

export function handleRoute<P = Record<string, never>>(
  need: Role | "public",
  fn: (args: { req: Request; params: P; actor: Actor }) => Promise<Response>,
) {
  return async (req: Request, ctx: RouteContext<P>): Promise<Response> => {
    try {
      const actor = need === "public" ? PUBLIC_ACTOR : await authorize({ need, headers: req.headers });
      return await fn({ req, params: await ctx.params, actor });
    } catch (e) {
      const err = asAppError(e);
      const headers = err instanceof TooManyRequestsError ? { "Retry-After": String(err.retryAfterSeconds) } : undefined;
      return Response.json(toErrorBody(err), { status: err.status, headers });
    }
  };
}
