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
import { FilterSelect } from "@/components/ui/filter-select";
import { getTopicNames } from "@/lib/topics/get-topic-names";
import { topicName } from "@/lib/topics/topic-names";

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
  const [queue, t, locale, topicNames] = await Promise.all([
    listReviewQueue({ filters }),
    getTranslations("review"),
    getLocale(),
    getTopicNames({}),
  ]);
  const query = new URLSearchParams(Object.entries(filters).filter(([, v]) => v)).toString();
  const isFiltered = query !== "";
  const figures = queue.options.figures.map((f) => ({ value: f.slug, label: f.title }));
  const topics = queue.options.topics.map((topic) => ({ value: topic, label: topicName(topic, topicNames, locale) }));
  const loggers = queue.options.loggers.map((l) => ({ value: l, label: l }));
  const ages = REVIEW_AGES.map((d) => ({ value: d, label: t("over", { days: Number(d) }) }));
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
        <FilterSelect name="figure" label={t("figure")} any={t("anyFigure")} value={filters.figure} options={figures} />
        <FilterSelect name="topic" label={t("topic")} any={t("anyTopic")} value={filters.topic} options={topics} />
        <FilterSelect
          name="loggedBy"
          label={t("loggedBy")}
          any={t("anyone")}
          value={filters.loggedBy}
          options={loggers}
        />
        <FilterSelect name="age" label={t("waiting")} any={t("anyTime")} value={filters.age} options={ages} />
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
