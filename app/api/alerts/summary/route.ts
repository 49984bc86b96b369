// GET /api/alerts/summary — unresolved alert counts, overall and per figure (with the
// observations they involve), for the header badge and the marks on cards and charts.
import { apiRoute } from "@/lib/http/api-route";
import { handleRoute } from "@/lib/http/handle-route";
import { getAlertSummary } from "@/lib/monitoring/get-alert-summary";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async () => Response.json(await getAlertSummary({}))),
});
