// /digest?topic=… — what changed in the last 24 hours: new values and new alerts, per figure.
import type { Metadata } from "next";
import Link from "next/link";
import { formatDate } from "@/lib/format/format-date";
import { getDigest } from "@/lib/monitoring/get-digest";
import { RULE_LABELS } from "@/lib/monitoring/types";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Daily digest" };

export default async function DigestPage({ searchParams }: { searchParams: Promise<{ topic?: string }> }) {
  const { topic } = await searchParams;
  const digest = await getDigest({ query: { topic } });
  const stamp = (iso: string) => iso.replace("T", " ").slice(0, 16) + " UTC";
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Daily digest{digest.topic ? `: ${digest.topic}` : ""}</h1>
          <p className="muted">
            New values and alerts from {stamp(digest.since)} to {stamp(digest.until)}.
          </p>
        </div>
      </div>
      <nav aria-label="Digest by topic">
        <ul className="chips">
          <li>
            <Link className="chip" href="/digest" aria-current={!digest.topic ? "page" : undefined}>All topics</Link>
          </li>
          {digest.topics.map((t) => (
            <li key={t}>
              <Link className="chip" href={`/digest?topic=${encodeURIComponent(t)}`} aria-current={t === digest.topic ? "page" : undefined}>{t}</Link>
            </li>
          ))}
        </ul>
      </nav>
      {digest.figures.length === 0 ? (
        <p className="empty">Nothing new in the last 24 hours{digest.topic ? ` under “${digest.topic}”` : ""}.</p>
      ) : (
        digest.figures.map((f) => (
          <section key={f.slug} className="digest-section" aria-labelledby={`d-${f.slug}`}>
            <h2 id={`d-${f.slug}`}>
              <Link href={`/figures/${f.slug}`}>{f.title}</Link>
            </h2>
            {f.observations.length > 0 && (
              <>
                <h3 className="small">New values ({f.observations.length})</h3>
                <ul>
                  {f.observations.map((o) => (
                    <li key={o.id}>
                      <strong>{o.display}</strong> · {o.outlet.name} · reported {formatDate(o.reportedOn)}
                      {o.status === "retracted" ? " (retracted)" : ""}
                    </li>
                  ))}
                </ul>
              </>
            )}
            {f.alerts.length > 0 && (
              <>
                <h3 className="small">New alerts ({f.alerts.length})</h3>
                <ul>
                  {f.alerts.map((a) => (
                    <li key={a.id}>
                      <strong>{RULE_LABELS[a.rule]}</strong> ({a.status}): {a.message}
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
