// /digest?topic=… — what changed in the last 24 hours: new values and new alerts, per figure.
// In the reader's language: values and dates the locale's way, alert messages written from
// their data (lib/monitoring/describe-alert.ts); titles and outlet names stay as written.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { formatDate } from "@/lib/format/format-date";
import { INTL_TAG, type Locale } from "@/lib/i18n/locales";
import { describeAlert } from "@/lib/monitoring/describe-alert";
import { getDigest } from "@/lib/monitoring/get-digest";
import { formatReportedValue } from "@/lib/values/format-value";
import { PageHead } from "@/components/ui/page-head";
import { getTopicNames } from "@/lib/topics/get-topic-names";
import { topicName } from "@/lib/topics/topic-names";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("alerts"))("digestTitle") };
}

export default async function DigestPage({ searchParams }: { searchParams: Promise<{ topic?: string }> }) {
  const { topic } = await searchParams;
  const [digest, locale, t, topicNames] = await Promise.all([
    getDigest({ query: { topic } }),
    getLocale() as Promise<Locale>,
    getTranslations("alerts"),
    getTopicNames({}),
  ]);
  const topicLabel = digest.topic ? topicName(digest.topic, topicNames, locale) : "";
  const stamp = (iso: string) =>
    new Date(iso).toLocaleString(INTL_TAG[locale], {
      dateStyle: "medium",
      timeStyle: "short",
      timeZone: "UTC",
      hour12: false,
    }) + " UTC";
  return (
    <>
      <PageHead
        title={<>{digest.topic ? t("digestTitleTopic", { topic: topicLabel }) : t("digestTitle")}</>}
        lead={<>{t("digestLead", { since: stamp(digest.since), until: stamp(digest.until) })}</>}
      />
      <nav aria-label={t("digestByTopic")}>
        <ul className="chips">
          <li>
            <Link className="chip" href="/digest" aria-current={!digest.topic ? "page" : undefined}>
              {t("allTopics")}
            </Link>
          </li>
          {digest.topics.map((tp) => (
            <li key={tp}>
              <Link
                className="chip"
                href={`/digest?topic=${encodeURIComponent(tp)}`}
                aria-current={tp === digest.topic ? "page" : undefined}
              >
                {topicName(tp, topicNames, locale)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {digest.figures.length === 0 ? (
        <p className="empty">{digest.topic ? t("digestEmptyTopic", { topic: topicLabel }) : t("digestEmpty")}</p>
      ) : (
        digest.figures.map((f) => (
          <section key={f.slug} className="digest-section" aria-labelledby={`d-${f.slug}`}>
            <h2 id={`d-${f.slug}`}>
              <Link href={`/figures/${f.slug}`}>{f.title}</Link>
            </h2>
            {f.observations.length > 0 && (
              <>
                <h3 className="small">{t("newValues", { count: f.observations.length })}</h3>
                <ul>
                  {f.observations.map((o) => (
                    <li key={o.id}>
                      <strong>{formatReportedValue({ ...o, unit: f.unit }, locale)}</strong> · {o.outlet.name} ·{" "}
                      {t("reported", { date: formatDate(o.reportedOn, locale) })}
                      {o.status === "retracted" ? ` ${t("retracted")}` : ""}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {f.alerts.length > 0 && (
              <>
                <h3 className="small">{t("newAlerts", { count: f.alerts.length })}</h3>
                <ul>
                  {f.alerts.map((a) => (
                    <li key={a.id}>
                      <strong>{t("ruleName", { rule: a.rule })}</strong> ({t("statusName", { status: a.status })}):{" "}
                      {describeAlert(a, { unit: f.unit, locale })}
                    </li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))
      )}
    </>
  );
}
