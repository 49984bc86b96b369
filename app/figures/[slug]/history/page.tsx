// A figure's revision timeline: every change to the figure and to each of its values —
// who, when, what changed (before → after) and why.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RevisionTimeline } from "@/components/corrections/revision-timeline";
import { getFigureHistory } from "@/lib/figures/get-figure-history";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { revisionsForReader } from "@/lib/revisions/revisions-for-reader";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("history"))("title") };
}

export default async function FigureHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [history, actor, t] = await Promise.all([
    orNotFound(getFigureHistory({ slug })),
    getPageActor(),
    getTranslations("history"),
  ]);
  const { figure, isTruncated } = history;
  const revisions = revisionsForReader({ revisions: history.revisions, actor });
  return (
    <>
      <PageHead
        title={t("title")}
        lead={t("intro")}
        back={[{ href: `/figures/${figure.slug}`, label: figure.title }]}
      />
      <RevisionTimeline revisions={revisions} showSubject unit={figure.unit} />
      {isTruncated && <p className="muted small">{t("truncated", { count: revisions.length })}</p>}
    </>
  );
}
