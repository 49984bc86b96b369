// The OpenAPI 3.1 document of the JSON API, generated (zod-openapi) from the very zod schemas
// the handlers parse requests with and the response schemas the contract test checks answers
// against. Served at /api/openapi.json and rendered at /api/docs.
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { DATASET_TABLES } from "../csv/dataset-tables";
import { OBSERVATION_COLUMNS } from "../csv/observations-sql";
import { ZCsvExportQuery } from "../csv/schemas";
import { ZExtractRequest } from "../extract/schemas";
import { ZListAlertsQuery } from "../monitoring/schemas";
import { ZImportCommitted, ZImportDryRun, ZImportQuery, ZImportRefused } from "../imports/import-schemas";
import { ZListFiguresQuery, ZSlug, ZTablePageQuery } from "../figures/schemas";
import { ZIfMatch } from "../http/read-if-match";
import { ZObservationCreateBody, ZObservationPatch, ZRetractBody } from "../observations/api-schemas";
import { ZObservationPageQuery } from "../observations/list-observations-page";
import {
  ZAlertListResponse,
  ZAlertSummaryResponse,
  ZExtractResponse,
  ZErrorResponse,
  ZEventListResponse,
  ZFigureDetailResponse,
  ZFigureListResponse,
  ZHealthResponse,
  ZObservationPageResponse,
  ZObservationResponse,
  ZOutletListResponse,
} from "./response-schemas";

const json = (schema: z.ZodType, description: string) => ({ description, content: { "application/json": { schema } } });
const error = (description: string) => json(ZErrorResponse, description);
/** The columns as the export writes them (lib/csv's one list), so the document cannot drift from the file. */
export const CSV_COLUMNS_TEXT = `Columns, in order: ${OBSERVATION_COLUMNS.map((c) => `\`${c.name}\``).join(", ")} (each described under "CSV columns" on /api/docs).`;
const csv = (description: string) => ({
  description: `${description} ${CSV_COLUMNS_TEXT}`,
  content: { "text/csv": { schema: z.string() } },
});
const ERRORS = {
  "400": error("Invalid input; `fields` says which and why."),
  "404": error("Not found."),
  "500": error("Our bug; logged."),
};
const WRITE_ERRORS = {
  ...ERRORS,
  "401": error("No or invalid session / token."),
  "403": error("Not an editor, or the token lacks the scope."),
  "409": error("Conflict: lost a race, or already retracted."),
};
const slugPath = z.object({ slug: ZSlug.meta({ description: "The figure's slug.", example: "us-strikes-deaths" }) });
const idPath = z.object({ id: z.uuid().meta({ description: "The observation's id." }) });
const etag = { headers: z.object({ ETag: z.string().meta({ description: "Send back as If-None-Match for a 304." }) }) };
/** A conditional read: 200 (`ok`) with an ETag, 304 to If-None-Match, the read errors and any `more`. */
const get = (
  op: Omit<ZodOpenApiOperationObject, "responses">,
  ok: ReturnType<typeof json>,
  more: ZodOpenApiOperationObject["responses"] = {},
): ZodOpenApiOperationObject => ({
  ...op,
  requestParams: {
    ...op.requestParams,
    header: z.object({
      "If-None-Match": z.string().optional().meta({ description: "An ETag from an earlier answer." }),
    }),
  },
  responses: { "200": { ...ok, ...etag }, "304": { description: "Not modified since that ETag." }, ...ERRORS, ...more },
});
const write = (op: ZodOpenApiOperationObject): ZodOpenApiOperationObject => ({
  ...op,
  security: [{ session: [] }, { bearer: ["observations:write"] }],
});

export const API_PATHS: ZodOpenApiPathsObject = {
  "/api/health": {
    get: {
      summary: "Is the service and its database up?",
      tags: ["service"],
      responses: { "200": json(ZHealthResponse, "Up."), "503": json(ZHealthResponse, "Database down.") },
    },
  },
  "/api/figures": {
    get: get(
      {
        summary: "Every figure with its newest report and its headline (made of reported values)",
        tags: ["figures"],
        requestParams: { query: ZListFiguresQuery },
      },
      json(ZFigureListResponse, "The figures."),
    ),
  },
  "/api/figures/{slug}": {
    get: get(
      {
        summary: "One figure, all its values (newest first) and its events",
        tags: ["figures"],
        requestParams: { path: slugPath },
      },
      json(ZFigureDetailResponse, "The figure."),
    ),
  },
  "/api/figures/{slug}/observations": {
    get: get(
      {
        summary: "A page of the figure's values, newest first",
        tags: ["observations"],
        requestParams: { path: slugPath, query: ZObservationPageQuery },
      },
      json(ZObservationPageResponse, "One page."),
    ),
    post: write({
      summary: "Log a new value",
      tags: ["observations"],
      requestParams: { path: slugPath },
      requestBody: { content: { "application/json": { schema: ZObservationCreateBody } } },
      responses: { "201": json(ZObservationResponse, "Logged."), ...WRITE_ERRORS },
    }),
  },
  "/api/figures/{slug}/history.csv": {
    get: {
      summary: "The figure's history as CSV (streamed)",
      tags: ["export"],
      requestParams: { path: slugPath, query: ZCsvExportQuery },
      responses: { "200": csv("RFC 4180 CSV (UTF-8; `?bom=1` adds a byte order mark for Excel)."), ...ERRORS },
    },
  },
  "/api/observations/{id}": {
    get: get(
      {
        summary: "One value (retracted ones too, with `status`)",
        tags: ["observations"],
        requestParams: { path: idPath },
      },
      json(ZObservationResponse, "The value."),
    ),
    patch: write({
      summary: "Change a value (optimistic concurrency)",
      tags: ["observations"],
      requestParams: {
        path: idPath,
        header: z.object({
          "If-Match": ZIfMatch.meta({
            description: "The version you edited (the observation's `version`).",
            example: "3",
          }),
        }),
      },
      requestBody: { content: { "application/json": { schema: ZObservationPatch } } },
      responses: {
        "200": json(ZObservationResponse, "Changed; version went up by one."),
        ...WRITE_ERRORS,
        "412": error("The value changed since that version."),
        "428": error("If-Match missing."),
      },
    }),
  },
  "/api/observations/{id}/retract": {
    post: write({
      summary: "Retract a value (kept, with the reason)",
      tags: ["observations"],
      requestParams: {
        path: idPath,
        header: z.object({ "If-Match": ZIfMatch.optional().meta({ description: "The version you saw (optional)." }) }),
      },
      requestBody: { content: { "application/json": { schema: ZRetractBody } } },
      responses: {
        "200": json(ZObservationResponse, "Retracted."),
        ...WRITE_ERRORS,
        "412": error("The value changed since that version."),
      },
    }),
  },
  "/api/outlets": {
    get: get(
      {
        summary: "Every outlet",
        tags: ["outlets"],
      },
      json(ZOutletListResponse, "The outlets."),
    ),
  },
  "/api/events": {
    get: get(
      {
        summary: "Every dated event",
        tags: ["events"],
      },
      json(ZEventListResponse, "The events."),
    ),
  },
  "/api/export.csv": {
    get: {
      summary: "Every figure's values as one CSV (streamed)",
      tags: ["export"],
      requestParams: { query: ZCsvExportQuery },
      responses: { "200": csv("RFC 4180 CSV (UTF-8; `?bom=1` adds a byte order mark for Excel)."), ...ERRORS },
    },
  },
  "/api/export.zip": {
    get: {
      summary: `The whole dataset: ${DATASET_TABLES.map((t) => `\`${t.path}\``).join(", ")} and a Frictionless \`datapackage.json\` describing every column`,
      tags: ["export"],
      responses: {
        "200": {
          description: "A zip file.",
          content: { "application/zip": { schema: z.string().meta({ format: "binary" }) } },
        },
        ...ERRORS,
      },
    },
  },
  "/api/import": {
    post: write({
      summary: "Import a CSV file (the export's columns): dry run, or ?commit=1",
      tags: ["import"],
      requestParams: { query: ZImportQuery },
      requestBody: {
        content: { "text/csv": { schema: z.string().meta({ description: "UTF-8 CSV, `,` or `;`, up to 50 MB." }) } },
      },
      responses: {
        "200": json(ZImportDryRun, "Dry run: nothing written."),
        "201": json(ZImportCommitted, "Committed: every row, in one transaction."),
        "422": json(ZImportRefused, "Nothing written: errors by row and column."),
        "413": error("File too large."),
        ...WRITE_ERRORS,
      },
    }),
  },
  "/api/figures/{slug}/chart": {
    get: get(
      {
        summary:
          "What the figure's chart draws: per-outlet series (LTTB-downsampled, ≤ 1,000 points each), the “outlets agree” line (interval intersection of their latest reports; y null where they disagree), summary stats with the headline, events",
        tags: ["figures"],
        requestParams: { path: slugPath },
      },
      json(z.object({}).loose(), "The chart data."),
    ),
  },
  "/api/figures/{slug}/table": {
    get: get(
      {
        summary: "One page of the figure page's table, newest first",
        tags: ["figures"],
        requestParams: { path: slugPath, query: ZTablePageQuery },
      },
      json(z.object({}).loose(), "One page: observations, page, pageSize, total."),
    ),
  },
  "/api/live": {
    get: {
      summary: 'Server-sent events: one `data: {"kind":"observation"|"figure"|"alert",…}` message per committed change',
      tags: ["service"],
      responses: {
        "200": { description: "text/event-stream", content: { "text/event-stream": { schema: z.string() } } },
        ...ERRORS,
      },
    },
  },
  "/api/alerts": {
    get: get(
      {
        summary: "Alerts, newest first (default: open); signed-in people only",
        tags: ["monitoring"],
        requestParams: { query: ZListAlertsQuery },
      },
      json(ZAlertListResponse, "The alerts."),
      {
        "401": error("Not signed in: the alert list is not public."),
      },
    ),
  },
  "/api/alerts/summary": {
    get: get(
      {
        summary: "Unresolved alert counts, overall and per figure",
        tags: ["monitoring"],
      },
      json(ZAlertSummaryResponse, "The counts."),
    ),
  },
  "/api/extract": {
    post: {
      summary:
        "The figure-like numbers in a text, read in English or Spanish (no account needed; throttled per address)",
      tags: ["logging"],
      requestBody: { content: { "application/json": { schema: ZExtractRequest } } },
      responses: {
        "200": json(ZExtractResponse, "The numbers found."),
        ...ERRORS,
        "413": error("Over 20,000 characters."),
        "429": error("Too many texts from this address; see Retry-After."),
      },
    },
  },
  "/api/openapi.json": {
    get: {
      summary: "This document",
      tags: ["service"],
      responses: {
        "200": { description: "OpenAPI 3.1.", content: { "application/json": { schema: z.object({}).loose() } } },
      },
    },
  },
};

export function openApiDocument() {
  return createDocument({
    openapi: "3.1.0",
    info: {
      title: "Tally API",
      version: "1",
      description:
        'Reported figures and their provenance. Reads are open to everyone (CORS *); writes need an editor\'s session or an API token (`Authorization: Bearer tly_…`, made in Settings → API tokens). Every error has the shape `{"error":{"code","message","fields?"}}`. Numbers are exact decimal strings.',
    },
    components: {
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "An API token (tly_…) with the scope named." },
        session: {
          type: "apiKey",
          in: "cookie",
          name: "better-auth.session_token",
          description: "A signed-in editor's session (same-site only).",
        },
      },
    },
    paths: API_PATHS,
  });
}
