// A revision timeline: who did what when, what changed (before → after) and why. Server-rendered,
// in the reader's language: field names, states and dates are translated; the words people
// wrote (quotes, reasons, names) stay as written.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { formatDate } from "@/lib/format/format-date";
import { formatStamp } from "@/lib/format/format-stamp";
import type { Locale } from "@/lib/i18n/locales";
import type { FieldChange } from "@/lib/revisions/diff-snapshots";
import type { RevisionDto } from "@/lib/revisions/revision-dto";
import { formatReportedValue } from "@/lib/values/format-value";
import type { Qualifier } from "@/lib/values/qualifiers";

type Snapshot = Record<string, unknown> | null;
type T = ReturnType<typeof useTranslations<"history">>;

const STATE_FIELDS = new Set(["status", "checkStatus", "refersPrecision", "isActive"]);
const STATES = new Set([
  "published",
  "retracted",
  "unchecked",
  "checked",
  "returned",
  "day",
  "month",
  "year",
  "fiscal_year",
  "true",
  "false",
] as const);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/**
 * A stored value said again from a snapshot's numbers in the reader's language. The snapshot's own
 * `display` was written in English when the change was made, so only English reads it as stored.
 */
function reportedValue(s: Snapshot, unit: string | undefined, locale: Locale): string | null {
  if (!s || !unit || locale === "en" || typeof s.qualifier !== "string") return null;
  const str = (k: string) => (typeof s[k] === "string" ? (s[k] as string) : null);
  return formatReportedValue(
    { qualifier: s.qualifier as Qualifier, value: str("value"), low: str("low"), high: str("high"), unit },
    locale,
  );
}

function shown(
  c: FieldChange,
  side: "before" | "after",
  r: RevisionDto,
  ctx: { t: T; locale: Locale; unit?: string },
): string {
  const raw = c[side];
  if (c.field === "display") return reportedValue(r[side], ctx.unit, ctx.locale) ?? raw;
  if (STATE_FIELDS.has(c.field) && STATES.has(raw as never)) return ctx.t(`values.${raw as "published"}`);
  if (ISO_DAY.test(raw)) return formatDate(raw, ctx.locale);
  return raw;
}

/** The field's name in the reader's language (lib/revisions/diff-snapshots.ts names the same fields in English). */
function label(c: FieldChange, t: T): string {
  const key = `fields.${c.field}` as "fields.display";
  return t.has(key) ? t(key) : c.label;
}

/** What the revision was about, for a timeline that mixes a figure and its observations. */
function Subject({ r, t, locale, unit }: { r: RevisionDto; t: T; locale: Locale; unit?: string }) {
  if (r.entityType !== "observation") return <>{t("entity", { type: r.entityType })}</>;
  const a = r.after as { display?: string; outlet?: { name?: string } } | null;
  return (
    <Link href={`/observations/${r.entityId}`}>
      {reportedValue(r.after, unit, locale) ?? a?.display ?? t("aValue")}
      {a?.outlet?.name ? ` (${a.outlet.name})` : ""}
    </Link>
  );
}

/** `unit`: the figure's, so values can be said in the reader's language. */
export function RevisionTimeline({
  revisions,
  showSubject = false,
  unit,
}: {
  revisions: RevisionDto[];
  showSubject?: boolean;
  unit?: string;
}) {
  const t = useTranslations("history");
  const locale = useLocale();
  if (revisions.length === 0) return <p className="empty">{t("empty")}</p>;
  const ctx = { t, locale, unit };
  return (
    <ol className="timeline" data-testid="revision-timeline">
      {revisions.map((r) => (
        <li key={r.id} data-action={r.action}>
          <div className="timeline-head">
            <time dateTime={r.createdAt}>{formatStamp(r.createdAt, locale)}</time> · <strong>{r.actor}</strong>{" "}
            {t("action", { action: r.action })} {showSubject && <Subject r={r} {...ctx} />}
          </div>
          {r.changes.length > 0 && (
            <ul className="changes">
              {r.changes.map((c) => (
                <li key={c.field}>
                  <span className="change-label">{label(c, t)}:</span> <del>{shown(c, "before", r, ctx)}</del>{" "}
                  <span aria-hidden="true">→</span>
                  <span className="sr-only">{t("changedTo")}</span> <ins>{shown(c, "after", r, ctx)}</ins>
                </li>
              ))}
            </ul>
          )}
          {r.reason && <p className="small">{t("reason", { reason: r.reason })}</p>}
        </li>
      ))}
    </ol>
  );
}
