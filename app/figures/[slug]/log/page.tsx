// Log a newly reported value of one figure.
import type { Metadata } from "next";
import Link from "next/link";
import { LogForm } from "@/components/observations/log-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { getFigure } from "@/lib/figures/get-figure";
import { listOutlets } from "@/lib/outlets/list-outlets";
import { listSources } from "@/lib/sources/list-sources";
import { logObservationAction } from "./actions";
import { orNotFound } from "@/lib/http/or-not-found";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log a value" };

export default async function LogPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageRole({ need: "editor", path: `/figures/${slug}/log` });
  const detail = await orNotFound(getFigure({ slug }));
  const [outlets, sources] = await Promise.all([listOutlets({}), listSources({})]);
  const { figure } = detail;
  return (
    <>
      <div className="page-head">
        <div>
          <p className="topic-tag">
            <Link href={`/figures/${figure.slug}`}>{figure.title}</Link>
          </p>
          <h1>Log a reported value</h1>
          <p className="muted">Unit: {figure.unit}. Every field is kept with the value; nothing is ever overwritten.</p>
        </div>
      </div>
      <LogForm
        figure={figure}
        outlets={outlets}
        sources={sources.map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases }))}
        today={new Date().toISOString().slice(0, 10)} action={logObservationAction} />
    </>
  );
}
