// The review queue (editors only): values waiting for a second pair of eyes, oldest first, narrowed
// by figure, topic, logger and age (a GET form, so a filtered queue is a link). The editor who
// logged a value sees it here too, with its Check button greyed out and the reason beside it.
import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { DoneToast } from "@/components/corrections/done-toast";
import { ReviewQueueList } from "@/components/corrections/review-queue";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { isLoggerOf } from "@/lib/observations/is-logger-of";
import { listReviewQueue, REVIEW_AGES } from "@/lib/observations/list-review-queue";
import { formatReportedValue } from "@/lib/values/format-value";
import { checkObservationAction } from "../observations/[id]/actions";
import { bulkCheckAction } from "./actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("review"))("title") };
}

type Search = Promise<Record<string, string | string[] | undefined>>;

export default async function ReviewPage({ searchParams }: { searchParams: Search }) {
  // Desk work: the queue is for editors (each value is public on its figure page all the same).
  const actor = await requirePageRole({ need: "editor", path: "/review" });
  const raw = await searchParams;
  const one = (k: string) => (typeof raw[k] === "string" ? (raw[k] as string) : "");
  // An age the form does not offer (a hand-edited link) is ignored rather than an error page.
  const age = (REVIEW_AGES as readonly string[]).includes(one("age")) ? one("age") : "";
  const filters = {
    figure: one("figure").slice(0, 200),
    topic: one("topic").slice(0, 100),
    loggedBy: one("loggedBy").slice(0, 200),
    age,
  };
  const [queue, t, locale] = await Promise.all([listReviewQueue({ filters }), getTranslations("review"), getLocale()]);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const isFiltered = query !== "";
  return (
    <>
      <DoneToast />
      <div className="page-head">
        <div>
          <h1>{t("title")}</h1>
          <p className="muted" data-testid="review-count">
            {queue.total === 0
              ? t(isFiltered ? "countNoneFiltered" : "countNone")
              : t("count", { count: queue.total, filtered: isFiltered ? "yes" : "no" })}
          </p>
        </div>
      </div>
      <form method="get" className="review-filters" aria-label={t("filters")}>
        <div className="field">
          <label htmlFor="rf-figure">{t("figure")}</label>
          <select id="rf-figure" name="figure" defaultValue={filters.figure}>
            <option value="">{t("anyFigure")}</option>
            {queue.options.figures.map((f) => (
              <option key={f.slug} value={f.slug}>
                {f.title}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rf-topic">{t("topic")}</label>
          <select id="rf-topic" name="topic" defaultValue={filters.topic}>
            <option value="">{t("anyTopic")}</option>
            {queue.options.topics.map((topic) => (
              <option key={topic} value={topic}>
                {topic}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rf-logged-by">{t("loggedBy")}</label>
          <select id="rf-logged-by" name="loggedBy" defaultValue={filters.loggedBy}>
            <option value="">{t("anyone")}</option>
            {queue.options.loggers.map((l) => (
              <option key={l} value={l}>
                {l}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor="rf-age">{t("waiting")}</label>
          <select id="rf-age" name="age" defaultValue={filters.age}>
            <option value="">{t("anyTime")}</option>
            {REVIEW_AGES.map((d) => (
              <option key={d} value={d}>
                {t("over", { days: Number(d) })}
              </option>
            ))}
          </select>
        </div>
        <button className="button secondary">{t("filter")}</button>
        {isFiltered && <Link href="/review">{t("clear")}</Link>}
      </form>
      {queue.items.length === 0 ? (
        <p className="empty">{t("empty")}</p>
      ) : (
        <ReviewQueueList
          items={queue.items.map((i) => ({
            ...i,
            isOwn: isLoggerOf(actor, i.observation),
            display: formatReportedValue({ ...i.observation, unit: i.figure.unit }, locale),
          }))}
          returnTo={isFiltered ? `/review?${query}` : "/review"}
          checkAction={checkObservationAction}
          bulkAction={bulkCheckAction}
        />
      )}
    </>
  );
}
