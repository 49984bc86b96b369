// The dashboard: one card per tracked figure; topic filter, full-text search, sort.
import Link from "next/link";
import { DashboardList } from "@/components/dashboard/dashboard-list";
import { listFigures } from "@/lib/figures/list-figures";
import { getAlertSummary } from "@/lib/monitoring/get-alert-summary";
import { FIGURE_SORTS } from "@/lib/figures/schemas";

export const dynamic = "force-dynamic";

type Search = { topic?: string; q?: string; sort?: string; page?: string };

const SORT_LABELS: Record<(typeof FIGURE_SORTS)[number], string> = {
  recent: "Recently reported",
  disagreement: "Most disagreement",
  title: "Title",
};

export default async function Dashboard({ searchParams }: { searchParams: Promise<Search> }) {
  const search = await searchParams;
  const topic = search.topic || undefined;
  const q = search.q?.trim() || undefined;
  const sort = FIGURE_SORTS.find((s) => s === search.sort) ?? "recent";
  const [list, alerts] = await Promise.all([listFigures({ query: { topic, q, sort, page: search.page ?? "1" } }), getAlertSummary({})]);
  const openAlerts = Object.fromEntries(Object.entries(alerts.byFigure).map(([id, a]) => [id, a.open]));
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries({ topic, q, sort: sort === "recent" ? undefined : sort, page: search.page })) if (v) params.set(k, v);
  const query = params.toString() ? `?${params}` : "";
  const topicHref = (t?: string) => {
    const p = new URLSearchParams();
    if (t) p.set("topic", t);
    if (q) p.set("q", q);
    if (sort !== "recent") p.set("sort", sort);
    return p.toString() ? `/?${p}` : "/";
  };
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Tracked figures</h1>
          <p className="muted">Every reported value, with who reported it, whom they cite and when.</p>
        </div>
        <div className="download-links" role="group" aria-label="Downloads">
          <a className="button secondary" href="/api/export.csv" download>
            All values (CSV)
          </a>
          <a className="button secondary" href="/api/export.csv?bom=1" download>
            CSV (Excel)
          </a>
          <a className="button secondary" href="/api/export.zip" download>
            Whole dataset (.zip)
          </a>
        </div>
      </div>
      <form className="dashboard-search" role="search" action="/">
        {topic && <input type="hidden" name="topic" value={topic} />}
        <label htmlFor="dashboard-q">Search</label>
        <input id="dashboard-q" type="search" name="q" defaultValue={q ?? ""} placeholder="Titles, descriptions, quotes, outlets" />
        <label htmlFor="dashboard-sort">Sort by</label>
        <select id="dashboard-sort" name="sort" defaultValue={sort}>
          {FIGURE_SORTS.map((s) => (
            <option key={s} value={s}>
              {SORT_LABELS[s]}
            </option>
          ))}
        </select>
        <button type="submit" className="button">
          Apply
        </button>
      </form>
      {list.topics.length > 0 && (
        <nav aria-label="Filter by topic">
          <ul className="chips">
            <li>
              <Link className="chip" href={topicHref()} aria-current={!topic ? "page" : undefined}>
                All topics
              </Link>
            </li>
            {list.topics.map((t) => (
              <li key={t}>
                <Link className="chip" href={topicHref(t)} aria-current={t === topic ? "page" : undefined}>
                  {t}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {list.total === 0 ? (
        <p className="empty">
          {q
            ? `Nothing matches “${q}”${topic ? ` under “${topic}”` : ""}. Try fewer or other words.`
            : topic
              ? `No figures under “${topic}” yet.`
              : "No figures are tracked yet. Run `npm run db:seed` to load the demo data."}
          {(q || topic) && (
            <>
              {" "}
              <Link href="/">Show every figure</Link>
            </>
          )}
        </p>
      ) : (
        <DashboardList key={query} initial={list} query={query} openAlerts={openAlerts} />
      )}
    </>
  );
}
