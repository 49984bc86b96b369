// Admins: every webhook delivery, newest first, with attempts and the last answer.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { listDeliveries } from "@/lib/monitoring/list-deliveries";
import { requirePageRole } from "@/lib/auth/require-page-role";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhook deliveries" };

const UUID = /^[0-9a-f-]{36}$/i;

export default async function DeliveriesPage({ searchParams }: { searchParams: Promise<{ webhook?: string }> }) {
  await requirePageRole({ need: "admin", path: "/admin/webhooks/deliveries" });
  const { webhook } = await searchParams;
  const deliveries = await listDeliveries({ webhookId: webhook && UUID.test(webhook) ? webhook : undefined });
  return (
    <>
      <div className="page-head">
        <div>
          <p className="topic-tag"><Link href="/admin/webhooks">Webhooks</Link></p>
          <h1>Deliveries</h1>
          <p className="muted">Failed attempts are retried with growing delays (2 s, 4 s, 8 s …, 11 attempts in about an hour).</p>
        </div>
      </div>
      <AdminNav current="webhooks" />
      {deliveries.length === 0 ? (
        <p className="empty">Nothing delivered yet. Deliveries appear here when an alert opens for a rule an endpoint wants.</p>
      ) : (
        <div className="table-wrap">
          <table data-testid="deliveries">
            <caption className="sr-only">Webhook deliveries, newest first</caption>
            <thead>
              <tr>
                <th scope="col">Created</th>
                <th scope="col">Endpoint</th>
                <th scope="col">Alert</th>
                <th scope="col">Status</th>
                <th scope="col">Attempts</th>
                <th scope="col">Last answer</th>
              </tr>
            </thead>
            <tbody>
              {deliveries.map((d) => (
                <tr key={d.id}>
                  <td><time dateTime={d.createdAt}>{d.createdAt.replace("T", " ").slice(0, 19)} UTC</time></td>
                  <td>{d.webhook.url}</td>
                  <td>{d.alert?.message ?? d.event}</td>
                  <td>{d.status}</td>
                  <td className="num">{d.attempts}</td>
                  <td>{d.lastStatusCode ? `HTTP ${d.lastStatusCode}` : ""} {d.lastError && d.lastError !== `HTTP ${d.lastStatusCode}` ? d.lastError : ""}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
