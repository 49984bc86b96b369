// The dashboard: one card per tracked figure, filterable by topic.
import Link from "next/link";
import { FigureCard } from "@/components/figures/figure-card";
import { getDb } from "@/lib/db/client";
import { listFigures } from "@/lib/figures/list-figures";
import { getAlertSummary } from "@/lib/monitoring/get-alert-summary";

export const dynamic = "force-dynamic";

export default async function Dashboard({ searchParams }: { searchParams: Promise<{ topic?: string }> }) {
  const { topic } = await searchParams;
  const [{ figures, topics }, alerts] = await Promise.all([listFigures({ db: getDb(), query: { topic } }), getAlertSummary({ db: getDb() })]);
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Tracked figures</h1>
          <p className="muted">Every reported value, with who reported it, whom they cite and when.</p>
        </div>
      </div>
      {topics.length > 0 && (
        <nav aria-label="Filter by topic">
          <ul className="chips">
            <li>
              <Link className="chip" href="/" aria-current={!topic ? "page" : undefined}>
                All topics
              </Link>
            </li>
            {topics.map((t) => (
              <li key={t}>
                <Link className="chip" href={`/?topic=${encodeURIComponent(t)}`} aria-current={t === topic ? "page" : undefined}>
                  {t}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      {figures.length === 0 ? (
        <p className="empty">
          {topic ? `No figures under “${topic}” yet.` : "No figures are tracked yet. Run `npm run db:seed` to load the demo data."}
        </p>
      ) : (
        <ul className="cards">
          {figures.map((f) => (
            <FigureCard key={f.id} figure={f} openAlerts={alerts.byFigure[f.id]?.open ?? 0} />
          ))}
        </ul>
      )}
    </>
  );
}
