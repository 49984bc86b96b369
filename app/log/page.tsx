// Log a reported value from anywhere: pick the figure (or create it), then the figure's log form.
import type { Metadata } from "next";
import Link from "next/link";
import { FigurePicker } from "@/components/log/figure-picker";
import { NewFigureForm } from "@/components/log/new-figure-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listFigureOptions } from "@/lib/figures/list-figure-options";
import { createFigureAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Log a value" };

export default async function GlobalLogPage() {
  await requirePageRole({ need: "editor", path: "/log" });
  const figures = await listFigureOptions({});
  return (
    <>
      <div className="page-head">
        <div>
          <h1>Log a reported value</h1>
          <p className="muted">
            Pick the figure the number belongs to, or create it. Several numbers in one article? <Link href="/log/article">Log a whole article</Link>.
          </p>
        </div>
      </div>
      <FigurePicker figures={figures} />
      <h2>Or create a new figure</h2>
      <NewFigureForm action={createFigureAction} />
    </>
  );
}
