// The dashboard: one card per tracked figure; topic filter, full-text search, sort.
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DashboardList } from "@/components/dashboard/dashboard-list";
import { listFigures } from "@/lib/figures/list-figures";
import { getAlertSummary } from "@/lib/monitoring/get-alert-summary";
import { FIGURE_SORTS } from "@/lib/figures/schemas";
import { PageHead } from "@/components/ui/page-head";
import { topicName } from "@/lib/topics/topic-names";
import { Options } from "@/components/ui/options";

export const dynamic = "force-dynamic";

type Search = { topic?: string; q?: string; sort?: string; page?: string };

export default async function Dashboard({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const topic = search.topic || undefined;
  const q = search.q?.trim() || undefined;
  const sort = FIGURE_SORTS.find((s) => s === search.sort) ?? "recent";
  // A page number that is not one (blank, "abc", 0) shows the first page rather than an error.
  const asked = Number(search.page);
  const pageNo = Number.isInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
  const [locale, t] = await Promise.all([getLocale(), getTranslations("dashboard")]);
  const [list, alerts] = await Promise.all([
    listFigures({ query: { topic, q, sort, page: pageNo }, locale }),
    getAlertSummary({}),
  ]);
  const openAlerts = Object.fromEntries(Object.entries(alerts.byFigure).map(([id, a]) => [id, a.open]));
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({
    topic,
    q,
    sort: sort === "recent" ? undefined : sort,
    page: pageNo > 1 ? String(pageNo) : undefined,
  }))
    if (v) params.set(k, v);
  const query = params.toString() ? `?${params}` : "";
  const topicLabel = topic ? topicName(topic, list.topicNames, locale) : "";
  const topicHref = (t?: string) => {
    const p = new URLSearchParams();
    if (t) p.set("topic", t);
    if (q) p.set("q", q);
    if (sort !== "recent") p.set("sort", sort);
    return p.toString() ? `/?${p}` : "/";
  };
  return (
    <>
      <PageHead title={t("title")} lead={t("intro")}>
        <div className="download-links" role="group" aria-label={t("downloads")}>
          <a className="button secondary" href="/api/export.csv" download>
            {t("allCsv")}
          </a>
          <a className="button secondary" href="/api/export.csv?bom=1" download>
            {t("csvExcel")}
          </a>
          <a className="button secondary" href="/api/export.zip" download>
            {t("zip")}
          </a>
        </div>
      </PageHead>
      <form className="dashboard-search" role="search" action="/">
        {topic && <input type="hidden" name="topic" value={topic} />}
        <label htmlFor="dashboard-q">{t("search")}</label>
        <input id="dashboard-q" type="search" name="q" defaultValue={q ?? ""} placeholder={t("searchPlaceholder")} />
        <label htmlFor="dashboard-sort">{t("sortBy")}</label>
        <select id="dashboard-sort" name="sort" defaultValue={sort}>
          <Options values={FIGURE_SORTS} label={(s) => t("sort", { sort: s })} />
        </select>
        <button type="submit" className="button">
          {t("apply")}
        </button>
      </form>
      {list.topics.length > 0 && (
        <nav aria-label={t("filterByTopic")}>
          <ul className="chips">
            <li>
              <Link className="chip" href={topicHref()} aria-current={!topic ? "page" : undefined}>
                {t("allTopics")}
              </Link>
            </li>
            {list.topics.map((tp) => (
              <li key={tp}>
                <Link className="chip" href={topicHref(tp)} aria-current={tp === topic ? "page" : undefined}>
                  {topicName(tp, list.topicNames, locale)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {list.total === 0 ? (
        <p className="empty">
          {q
            ? topic
              ? t("noMatchTopic", { q, topic: topicLabel })
              : t("noMatch", { q })
            : topic
              ? t("noTopic", { topic: topicLabel })
              : t("noFigures")}
          {(q || topic) && (
            <>
              {" "}
              <Link href="/">{t("showAll")}</Link>
            </>
          )}
        </p>
      ) : (
        <DashboardList key={`${locale}${query}`} initial={list} query={query} openAlerts={openAlerts} />
      )}
    </>
  );
}
