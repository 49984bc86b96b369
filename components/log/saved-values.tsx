"use client";
// After a whole article was logged: what was saved, each linking to its figure with the new point
// highlighted, and a toast.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect } from "react";
import { toast } from "sonner";
import type { SavedObservation } from "@/lib/observations/list-observations-by-id";

export function SavedValues({ saved }: { saved: SavedObservation[] }) {
  const t = useTranslations("log.article");
  useEffect(() => {
    if (saved.length) toast.success(`${t("saved", { count: saved.length })}.`);
  }, [saved.length, t]);
  if (saved.length === 0) return null;
  return (
    <div className="panel" role="status" data-testid="saved-values">
      <strong>{t("saved", { count: saved.length })}:</strong>
      <ul>
        {saved.map((o) => (
          <li key={o.id}>
            <Link href={`/figures/${o.figure.slug}?logged=${o.id}`}>{o.figure.title}</Link>: {o.display} (
            {o.outlet.name})
          </li>
        ))}
      </ul>
    </div>
  );
}
