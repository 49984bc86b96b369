// A figure: how its reported values moved across outlets, and every report behind them.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DownloadLinks } from "@/components/figures/download-links";
import { cache } from "react";
import { AsOfPicker } from "@/components/corrections/as-of-picker";
import { AsOfView } from "@/components/corrections/as-of-view";
import { FigureView } from "@/components/figures/figure-view";
import { hasRole } from "@/lib/auth/actor";
import { publicUrl } from "@/lib/env";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { AppError } from "@/lib/errors";
import { formatDate } from "@/lib/format/format-date";
import { getFigureAsOf } from "@/lib/figures/get-figure-as-of";
import type { FigureDetail } from "@/lib/figures/get-figure";
import { getAlertSummary } from "@/lib/monitoring/get-alert-summary";
import { parseChartState } from "@/lib/figures/chart-state";
import { getFigureChart } from "@/lib/figures/get-figure-chart";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { listFigureObservations } from "@/lib/figures/list-figure-observations";
import { EmbedSnippet } from "@/components/figures/embed-snippet";
import { WhoCitesWhom } from "@/components/figures/who-cites-whom";
import { getCitationTree } from "@/lib/sources/get-citation-tree";
import { getTopicNames } from "@/lib/topics/get-topic-names";
import { topicName } from "@/lib/topics/topic-names";
import { orNotFound } from "@/lib/http/or-not-found";
import { packChartView } from "@/lib/figures/pack-chart";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }>; searchParams: Promise<Record<string, string | undefined>> };

// Once per request: generateMetadata and the page share it.
const load = cache(async (slug: string) => orNotFound(getFigureChart({ slug, locale: await getLocale() })));

/** `?asOf=`: the past state, or why the date given is not one (the page then shows now). */
async function loadAsOf(slug: string, asOf: string): Promise<{ past: FigureDetail | null; asOfError: string | null }> {
  try {
    return { past: await orNotFound(getFigureAsOf({ slug, asOf })), asOfError: null };
  } catch (e) {
    if (e instanceof AppError && e.code === "validation_failed") return { past: null, asOfError: e.message };
    throw e;
  }
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { slug } = await params;
  const [{ figure, stats, chart }, t, locale] = await Promise.all([load(slug), getTranslations("embed"), getLocale()]);
  const { title, description } = localizedFigureText(figure, locale);
  // A shared link's preview: the honest headline as the description, the card as the picture.
  const social = stats.headline
    ? t("socialDescription", { headline: stats.headline.display, count: chart.series.length })
    : t("socialNone");
  const image = { url: `/figures/${slug}/card.png`, width: 1200, height: 630, alt: title };
  return {
    metadataBase: new URL(publicUrl()),
    title,
    description: description || social,
    openGraph: {
      type: "article",
      siteName: "Tally",
      title,
      description: social,
      url: `/figures/${slug}`,
      images: [image],
    },
    twitter: { card: "summary_large_image", title, description: social, images: [image] },
  };
}

export default async function FigurePage({ params, searchParams }: Props) {
  const [{ slug }, search] = await Promise.all([params, searchParams]);
  const view = parseChartState({ get: (k) => search[k] ?? null });
  const asOf = search.asOf || undefined;
  const loadTable = () => listFigureObservations({ slug, query: { page: view.page, retracted: true } });
  // The table page is today's: with `?asOf=` it is read only if the date turns out not to be usable.
  const [detail, actor, tableNow, { past, asOfError }] = await Promise.all([
    load(slug),
    getPageActor(),
    asOf ? Promise.resolve(null) : loadTable(),
    asOf ? loadAsOf(slug, asOf) : Promise.resolve({ past: null, asOfError: null }),
  ]);
  const table = tableNow ?? (past ? null : await loadTable());
  const isPast = past !== null;
  const { figure } = detail;
  const locale = await getLocale();
  const [alertSummary, citations, t, tArchive, topicNames] = await Promise.all([
    getAlertSummary({ figureId: figure.id }),
    getCitationTree({ figureId: figure.id, unit: figure.unit, locale }),
    getTranslations("figure"),
    getTranslations("archive"),
    getTopicNames({}),
  ]);
  const alerts = alertSummary.byFigure[figure.id];
  const canEdit = actor !== null && hasRole(actor, "editor");
  const text = localizedFigureText(figure, locale);
  const unresolved = alerts ? alerts.open + alerts.acknowledged : 0;
  // On a phone (app/phone.css) the page reads title → headline → chart first; the desk's buttons follow.
  return (
    <div className="figure-page">
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href="/">{t("breadcrumb")}</Link> ·{" "}
            {figure.topics.map((tp) => topicName(tp, topicNames, locale)).join(" · ")}
          </p>
          <h1>{text.title}</h1>
          {text.description && <p className="muted">{text.description}</p>}
          {figure.archived && (
            <p className="archive-note small" data-testid="figure-archived">
              {tArchive(text.archiveNote ? "pageNote" : "pageNoteBare", {
                date: detail.stats.latest ? formatDate(detail.stats.latest.reportedOn, locale) : "—",
                note: text.archiveNote,
              })}
            </p>
          )}
        </div>
        <div
          className="figure-actions"
          style={{ display: "flex", gap: ".5rem", flexWrap: "wrap", alignItems: "flex-end" }}
        >
          <AsOfPicker slug={figure.slug} asOf={isPast ? asOf : undefined} max={new Date().toISOString().slice(0, 10)} />
          <Link className="button secondary" href={`/figures/${figure.slug}/history`}>
            {t("history")}
          </Link>
          <DownloadLinks slug={figure.slug} asOf={isPast ? asOf : undefined} />
          {canEdit && (
            <>
              <Link className="button secondary" href={`/figures/${figure.slug}/monitoring`}>
                {t("monitoring")}
              </Link>
              <Link className="button" href={`/figures/${figure.slug}/log`}>
                {t("logNew")}
              </Link>
            </>
          )}
        </div>
      </div>
      {!isPast && alerts && (
        <p className="alert-notice" data-testid="figure-alert-notice">
          {t("unresolvedAlerts", { count: unresolved })}{" "}
          <Link href={`/alerts?figure=${figure.slug}&status=all`}>{t("seeAlerts")}</Link>
        </p>
      )}
      {asOfError && (
        <p className="form-error" role="alert">
          {asOfError} {t("showingNow")}
        </p>
      )}
      {past && asOf ? (
        <>
          <p className="as-of-banner" role="note" data-testid="as-of-banner">
            {t("asOfBanner", {
              date: /^\d{4}-\d{2}-\d{2}$/.test(asOf)
                ? formatDate(asOf, locale)
                : `${formatDate(asOf, locale)}, ${new Date(asOf).toISOString().slice(11, 16)} UTC`,
            })}{" "}
            <Link href={`/figures/${figure.slug}`}>{t("backToNow")}</Link>
          </p>
          <AsOfView detail={past} />
        </>
      ) : (
        table && (
          <>
            <FigureView
              initial={packChartView(detail)}
              initialTable={table}
              loggedId={search.logged ?? null}
              alertedIds={alerts?.observationIds}
            />
            <WhoCitesWhom tree={citations} />
            <EmbedSnippet slug={figure.slug} title={text.title} />
          </>
        )
      )}
    </div>
  );
}
