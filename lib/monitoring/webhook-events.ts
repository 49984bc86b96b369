// What a webhook endpoint can hear about. "alert.opened": an alert opened for one of its rules.
// "figure.changed": a figure's values changed (any observation write), with the URLs a CDN in
// front of Tally should purge (lib/http/purge-urls.ts) — for CDNs that purge by URL; the others
// simply wait out the s-maxage.
export const WEBHOOK_EVENTS = ["alert.opened", "figure.changed"] as const;
export type WebhookEvent = (typeof WEBHOOK_EVENTS)[number];
