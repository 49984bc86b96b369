// Any other /api/… address, whatever the method: a 404 in the one JSON error shape, not an HTML
// page (OPTIONS too, so that Next's own answer, without the security headers, never goes out).
import { AppError } from "@/lib/errors";
import { handleRoute } from "@/lib/http/handle-route";

const notFound = handleRoute<{ path: string[] }>("viewer", async ({ params }) => {
  throw new AppError("not_found", `There is no API route /api/${params.path.join("/")}.`);
});

export {
  notFound as GET,
  notFound as POST,
  notFound as PUT,
  notFound as PATCH,
  notFound as DELETE,
  notFound as OPTIONS,
};
