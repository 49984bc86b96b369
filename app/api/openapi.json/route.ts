// GET /api/openapi.json — the OpenAPI 3.1 document, generated from the handlers' zod schemas.
import { openApiDocument } from "@/lib/api/openapi-document";
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async () => Response.json(openApiDocument())),
});
