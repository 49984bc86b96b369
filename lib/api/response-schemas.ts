// What the JSON API answers, as zod schemas: they document the responses in the OpenAPI
// document, and the contract test parses real answers with them, so the two cannot drift.
import { z } from "zod";
import { FIGURE_KINDS } from "../figures/schemas";
import { DATE_PRECISIONS } from "../observations/schemas";
import { OUTLET_KINDS } from "../outlets/schemas";
import { QUALIFIERS } from "../values/qualifiers";
import { SOURCE_KINDS } from "../sources/directory";

const decimal = z
  .string()
  .regex(/^-?\d+(\.\d+)?$/)
  .meta({ description: "Exact decimal string, never a float.", example: "43" });
const isoDate = z.string().meta({ format: "date", example: "2025-10-24" });
const isoTime = z.string().meta({ format: "date-time", example: "2025-10-24T14:30:00.000Z" });

export const ZErrorResponse = z
  .object({
    error: z.object({
      code: z.string().meta({ example: "not_found" }),
      message: z.string(),
      fields: z
        .record(z.string(), z.array(z.string()))
        .optional()
        .meta({ description: "Field → what is wrong (validation errors only)." }),
    }),
  })
  .meta({ id: "Error" });

export const ZOutletRef = z.object({ id: z.string(), slug: z.string(), name: z.string(), kind: z.enum(OUTLET_KINDS) });

export const ZObservationResponse = z
  .object({
    id: z.uuid(),
    value: decimal.nullable(),
    qualifier: z.enum(QUALIFIERS),
    low: decimal.nullable(),
    high: decimal.nullable(),
    display: z.string().meta({ example: "at least 43 people" }),
    refersStart: isoDate.nullable(),
    refersEnd: isoDate.nullable(),
    refersPrecision: z.enum(DATE_PRECISIONS).nullable(),
    refersLabel: z.string().nullable(),
    reportedOn: isoDate,
    reportedAt: isoTime.nullable(),
    loggedAt: isoTime,
    citedSources: z.array(z.string()),
    url: z.string().nullable(),
    quote: z.string(),
    note: z.string().nullable(),
    loggedBy: z.string(),
    loggedById: z.string().nullable(),
    version: z.number().int().meta({ description: "Send it back as If-Match when editing." }),
    status: z.enum(["published", "retracted"]),
    statusReason: z.string().nullable(),
    checkStatus: z.enum(["unchecked", "checked", "returned"]),
    checkedBy: z.string().nullable(),
    checkedAt: isoTime.nullable(),
    checkComment: z.string().nullable(),
    outlet: ZOutletRef,
  })
  .meta({ id: "Observation" });

export const ZObservationPageResponse = z
  .object({
    observations: z.array(ZObservationResponse),
    nextCursor: z.string().nullable().meta({ description: "Pass as ?cursor= for the next page; null on the last." }),
  })
  .meta({ id: "ObservationPage" });

export const ZFigureResponse = z
  .object({
    id: z.uuid(),
    slug: z.string(),
    title: z.string(),
    description: z.string(),
    unit: z.string(),
    kind: z.enum(FIGURE_KINDS),
    topics: z.array(z.string()),
    updatedAt: isoTime,
    archived: z.object({ at: isoTime, note: z.string() }).nullable().meta({
      description:
        "Set when the desk archived the story: its silence is history (no staleness, no alerts); null while it is followed.",
    }),
    translations: z.object({ es: z.object({ title: z.string(), description: z.string() }).optional() }).meta({
      description:
        "The title and description in other languages, keyed by locale; only the ones the desk wrote. title and description above stay as written.",
      example: { es: { title: "Muertos en ataques de EE. UU. a embarcaciones", description: "" } },
    }),
  })
  .meta({ id: "Figure" });

export const ZHeadlineResponse = z
  .object({
    status: z.enum(["agree", "disagree"]).meta({
      description: "agree: the outlets' latest reports for the period can all be true at once; disagree: they cannot.",
    }),
    display: z.string().meta({
      description: "Made only of reported bounds, never a computed number: what they agree on, or who disagrees.",
      example: "at least 43 people",
    }),
    period: z
      .string()
      .nullable()
      .meta({ description: "The latest refers-to period, in the reporter's words; null when no report gives one." }),
    outletCount: z
      .number()
      .int()
      .meta({ description: "Outlets whose latest report for that period make the headline." }),
    observationIds: z.array(z.uuid()),
    median: decimal.nullable().meta({
      description: "Median of those reports — a statistic, not a reported value; only when every one is exact.",
    }),
    change: z
      .object({
        kind: z.enum(["revision", "period"]).meta({
          description: "revision: a newer report for the same period; period: latest period against the previous one.",
        }),
        direction: z.enum(["up", "down", "same", "revised"]),
        display: z.string().meta({ example: "up from at least 37 people" }),
      })
      .nullable()
      .meta({ description: "Null when the qualifiers or periods do not allow a comparison (never a guess)." }),
  })
  .meta({
    id: "Headline",
    description: "A figure's headline: the outlets' latest reports for the latest period, combined as intervals.",
  });

/** Independent sources: the distinct origins among the figure's latest reports for the latest period. */
const ZFigureSources = {
  independentSourceCount: z.number().int().meta({
    description:
      "How many distinct origins (the last source each report cites) the outlets' latest reports for the latest period go back to. Outlets repeating one origin count once.",
    example: 1,
  }),
  sources: z
    .array(
      z.object({
        name: z.string().meta({ example: "US government" }),
        kind: z.enum(SOURCE_KINDS),
        isResolved: z.boolean().meta({
          description: "false when no known source matched the cited text; name is then the text as written.",
        }),
        outlets: z.array(z.string()).meta({ description: "The outlets carrying it (names)." }),
      }),
    )
    .meta({ description: "Each independent source, most-carried first." }),
};

export const ZEventResponse = z.object({
  id: z.uuid(),
  date: isoDate,
  title: z.string(),
  url: z.string().nullable(),
  description: z.string(),
});

const ZTopicNames = z.record(z.string(), z.object({ es: z.string().optional() })).meta({
  description:
    "Topics' names in other languages, keyed by topic then locale; only the ones the desk wrote. topics stay as stored.",
  example: { "Cocaine and coca": { es: "Cocaína y coca" } },
});

export const ZFigureListResponse = z
  .object({
    figures: z.array(
      ZFigureResponse.extend({
        latest: ZObservationResponse.nullable().meta({
          description: "The newest published report (not an aggregate).",
        }),
        headline: ZHeadlineResponse.nullable(),
        outletCount: z.number().int().meta({ description: "Outlets with a published report, any period." }),
        observationCount: z.number().int(),
        isDisagreeing: z
          .boolean()
          .meta({ description: "headline.status is disagree: the same rule as the disagreement alert." }),
        isStale: z
          .boolean()
          .meta({ description: "No report for staleAfterDays days or more: the same rule as the stale alert." }),
        staleAfterDays: z.number().int(),
        ...ZFigureSources,
        topicNames: ZTopicNames,
      }).loose(),
    ),
    topics: z.array(z.string()),
    topicNames: ZTopicNames,
  })
  .meta({ id: "FigureList" });

export const ZFigureDetailResponse = z
  .object({
    figure: ZFigureResponse.extend(ZFigureSources),
    observations: z.array(ZObservationResponse),
    events: z.array(ZEventResponse),
    headline: ZHeadlineResponse.nullable(),
  })
  .meta({ id: "FigureDetail" });

export const ZOutletListResponse = z
  .object({
    outlets: z.array(
      z.object({ id: z.uuid(), name: z.string(), kind: z.enum(OUTLET_KINDS), domains: z.array(z.string()) }),
    ),
  })
  .meta({ id: "OutletList" });

export const ZEventListResponse = z
  .object({
    events: z.array(ZEventResponse.extend({ topic: z.string().nullable(), figureSlugs: z.array(z.string()) })),
  })
  .meta({ id: "EventList" });

export const ZHealthResponse = z.object({ status: z.enum(["ok", "degraded"]), db: z.enum(["ok", "down"]) });

// ---- monitoring and extract (documented in the OpenAPI document; shapes of lib/monitoring/alert-dto.ts and lib/extract) ----
const ZAlertResponse = z
  .object({
    id: z.uuid(),
    rule: z.string(),
    status: z.enum(["open", "acknowledged", "resolved"]),
    figure: z.object({ id: z.uuid(), slug: z.string(), title: z.string(), unit: z.string() }),
    observationIds: z.array(z.uuid()),
    details: z
      .record(z.string(), z.unknown())
      .meta({ description: "The numbers compared (exact decimal strings) and the thresholds." }),
    message: z.string(),
    createdAt: z.string(),
    acknowledgedAt: z.string().nullable(),
    acknowledgedBy: z.string().nullable(),
    acknowledgeNote: z.string().nullable(),
    resolvedAt: z.string().nullable(),
    resolvedBy: z.string().nullable(),
    resolveNote: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ id: "Alert" });
export const ZAlertListResponse = z.object({ alerts: z.array(ZAlertResponse) });
export const ZAlertSummaryResponse = z.object({
  open: z.number().int(),
  acknowledged: z.number().int(),
  byFigure: z.record(
    z.string(),
    z.object({
      slug: z.string(),
      open: z.number().int(),
      acknowledged: z.number().int(),
      observationIds: z.array(z.uuid()),
    }),
  ),
});
export const ZExtractResponse = z.object({
  candidates: z.array(
    z.object({
      value: z.string().nullable(),
      low: z.string().nullable(),
      high: z.string().nullable(),
      qualifier: z.string(),
      unit: z.string().nullable(),
      text: z.string(),
      start: z.number().int(),
      end: z.number().int(),
      quote: z.string(),
      lang: z.string().meta({ description: "The language the candidate was read as (en, es)." }),
    }),
  ),
  preselected: z
    .number()
    .int()
    .meta({ description: "Index of the first candidate in the requested unit; -1 if none." }),
});
