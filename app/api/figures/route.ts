// GET /api/figures — the dashboard's cards (?topic=, ?q= full-text, ?sort=recent|disagreement|title, ?page=;
// ?locale=es writes the cards' display strings in Spanish for the dashboard; the data stays the same).
import { listFigures } from "@/lib/figures/list-figures";
import { apiRoute } from "@/lib/http/api-route";
import { isLocale } from "@/lib/i18n/locales";
import { handleRoute } from "@/lib/http/handle-route";

export const dynamic = "force-dynamic";

export const { GET, POST, PUT, PATCH, DELETE, OPTIONS } = apiRoute({
  GET: handleRoute("viewer", async ({ req }) => {
    const query = Object.fromEntries(new URL(req.url).searchParams);
    const locale = isLocale(query.locale) ? query.locale : "en";
    return Response.json(await listFigures({ query, locale }));
  }),
});
