// A figure's revision timeline: every change to the figure and to each of its values —
// who, when, what changed (before → after) and why.
import type { Metadata } from "next";
import Link from "next/link";
import { RevisionTimeline } from "@/components/corrections/revision-timeline";
import { getFigureHistory } from "@/lib/figures/get-figure-history";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { orNotFound } from "@/lib/http/or-not-found";
import { revisionsForReader } from "@/lib/revisions/revisions-for-reader";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "History" };

export default async function FigureHistoryPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const [history, actor] = await Promise.all([orNotFound(getFigureHistory({ slug })), getPageActor()]);
  const { figure, isTruncated } = history;
  const revisions = revisionsForReader({ revisions: history.revisions, actor });
  return (
    <>
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href={`/figures/${figure.slug}`}>{figure.title}</Link>
          </p>
          <h1>History</h1>
          <p className="muted">Every change to this figure and its reported values, newest first. Nothing here can be edited or deleted.</p>
        </div>
      </div>
      <RevisionTimeline revisions={revisions} showSubject />
      {isTruncated && <p className="muted small">Showing the latest {revisions.length} changes.</p>}
    </>
  );
}
