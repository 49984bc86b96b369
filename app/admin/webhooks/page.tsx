// Admins: webhook endpoints that receive alerts as signed JSON.
import type { Metadata } from "next";
import Link from "next/link";
import { AdminNav } from "@/components/admin/admin-nav";
import { WebhookForm, WebhookToggle } from "@/components/monitoring/webhook-form";
import { listWebhooks } from "@/lib/monitoring/list-webhooks";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { RULE_LABELS } from "@/lib/monitoring/types";
import { createWebhookAction, setWebhookActiveAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Webhooks" };

export default async function WebhooksPage() {
  await requirePageRole({ need: "admin", path: "/admin/webhooks" });
  const hooks = await listWebhooks({});
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Webhooks</h1>
          <p className="muted">
            Each new alert is POSTed as JSON to every active endpoint that wants its rule, signed with HMAC-SHA256 (see the README). <Link href="/admin/webhooks/deliveries">Deliveries log</Link>
          </p>
        </div>
      </div>
      <AdminNav current="webhooks" />
      {hooks.length === 0 ? (
        <p className="empty">No endpoints yet. Add one below to send alerts to a chat, a newsroom tool or a script.</p>
      ) : (
        <div className="table-wrap">
          <table>
            <caption className="sr-only">Webhook endpoints</caption>
            <thead>
              <tr>
                <th scope="col">URL</th>
                <th scope="col">Rules</th>
                <th scope="col">Secret</th>
                <th scope="col">State</th>
                <th scope="col">Added</th>
                <th scope="col"><span className="sr-only">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {hooks.map((h) => (
                <tr key={h.id}>
                  <td>{h.url}</td>
                  <td>{h.rules.map((r) => RULE_LABELS[r]).join(", ")}</td>
                  <td><code>{h.secretHint}</code></td>
                  <td>{h.isActive ? "active" : "paused"}</td>
                  <td>{h.createdBy}, {h.createdAt.slice(0, 10)}</td>
                  <td>
                    <WebhookToggle hook={h} action={setWebhookActiveAction} />{" "}
                    <Link href={`/admin/webhooks/deliveries?webhook=${h.id}`}>Deliveries</Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2>New endpoint</h2>
      <WebhookForm action={createWebhookAction} />
    </>
  );
}
