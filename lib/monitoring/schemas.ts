import { z } from "zod";
import { ALERT_RULES } from "./types";
import { errorText } from "../i18n/error-text";
import { WEBHOOK_EVENTS } from "./webhook-events";

export const ALERT_STATUSES = ["open", "acknowledged", "resolved"] as const;
const emptyToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);

export const ZUpdateAlertStatus = z.object({
  alertId: z.uuid("Unknown alert."),
  action: z.enum(["acknowledge", "resolve"]),
  note: z.string().trim().min(1, errorText("whatYouDid")).max(2000),
  version: z.coerce.number().int().min(1),
});
export type TUpdateAlertStatus = z.input<typeof ZUpdateAlertStatus>;

/** Bulk: the ticked alerts ("<id>:<version>" from the form's checkboxes, or objects) and one note. */
export const ZUpdateAlertsStatus = z.object({
  alerts: z
    .array(
      z.preprocess(
        (v) => (typeof v === "string" ? { alertId: v.split(":")[0], version: v.split(":")[1] } : v),
        ZUpdateAlertStatus.pick({ alertId: true, version: true }),
      ),
    )
    .min(1, errorText("tickAlert"))
    .max(200, "At most 200 alerts at once."),
  action: ZUpdateAlertStatus.shape.action,
  note: ZUpdateAlertStatus.shape.note,
});

export const ZListAlertsQuery = z.object({
  status: z
    .preprocess(emptyToUndefined, z.enum([...ALERT_STATUSES, "all"]).default("open"))
    .meta({ description: "`open` (default), `acknowledged`, `resolved` or `all`." }),
  figure: z
    .preprocess(emptyToUndefined, z.string().trim().max(80).optional())
    .meta({ description: "Only this figure's alerts (its slug).", example: "us-strikes-deaths" }),
  rule: z
    .preprocess(emptyToUndefined, z.enum(ALERT_RULES).optional())
    .meta({ description: "Only alerts of this rule." }),
  q: z
    .preprocess(emptyToUndefined, z.string().trim().max(200).optional())
    .meta({ description: "Words in the alert's message, its notes or its figure's title." }),
});
export type TListAlertsQuery = z.input<typeof ZListAlertsQuery>;

export const ZCreateWebhook = z
  .object({
    url: z.url({ protocol: /^https?$/, error: errorText("httpAddress") }).max(2000),
    secret: z.string().min(16, "Use at least 16 characters (a long random string).").max(200),
    rules: z.array(z.enum(ALERT_RULES)),
    events: z.array(z.enum(WEBHOOK_EVENTS)).min(1, errorText("pickEvent")).default(["alert.opened"]),
  })
  .superRefine((w, ctx) => {
    if (w.events.includes("alert.opened") && w.rules.length === 0)
      ctx.addIssue({ code: "custom", path: ["rules"], message: errorText("pickRule") });
  });
export type TCreateWebhook = z.input<typeof ZCreateWebhook>;

export const ZSetWebhookActive = z.object({
  webhookId: z.uuid(),
  isActive: z.boolean(),
  version: z.coerce.number().int().min(1),
});

export const ZDigestQuery = z.object({ topic: z.preprocess(emptyToUndefined, z.string().trim().max(80).optional()) });
