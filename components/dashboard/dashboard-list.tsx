"use client";
// The dashboard's cards: first data from the server render, then TanStack Query under
// ["figures", …] — which live changes (components/live) invalidate, so a value logged anywhere
// shows up here within a second or two.
import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { FigureCard } from "@/components/figures/figure-card";
import type { FigureList } from "@/lib/figures/list-figures";

export function DashboardList({
  initial,
  query,
  openAlerts = {},
}: {
  initial: FigureList;
  query: string;
  openAlerts?: Record<string, number>;
}) {
  const locale = useLocale();
  const t = useTranslations("dashboard");
  const { data, isFetching } = useQuery({
    queryKey: ["figures", query, locale],
    queryFn: async (): Promise<FigureList> => {
      // The cards' display strings come in the page's language; the figures are the same.
      const p = new URLSearchParams(query);
      if (locale !== "en") p.set("locale", locale);
      const res = await fetch(`/api/figures${p.size ? `?${p}` : ""}`, {
        headers: { accept: "application/json" },
        cache: "no-cache",
      }); // past the browser's stale-while-revalidate copy
      if (!res.ok) throw new Error(`Could not refresh (${res.status})`);
      return res.json();
    },
    initialData: initial,
    gcTime: 0,
  });
  const tArchive = useTranslations("archive");
  const followed = data.figures.filter((f) => !f.archived);
  const archived = data.figures.filter((f) => f.archived);
  const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
  const pageHref = (page: number) => {
    const p = new URLSearchParams(query);
    if (page > 1) p.set("page", String(page));
    else p.delete("page");
    const s = p.toString();
    return s ? `/?${s}` : "/";
  };
  return (
    <>
      <p className="small muted" role="status" aria-live="polite">
        {t("count", { count: data.total })}
        {isFetching ? t("updating") : ""}
      </p>
      {followed.length > 0 && (
        <ul className="cards">
          {followed.map((f) => (
            <FigureCard key={f.id} figure={f} openAlerts={openAlerts[f.id] ?? 0} />
          ))}
        </ul>
      )}
      {/* Finished stories after the ones being followed: their silence is history, not news. */}
      {archived.length > 0 && (
        <section aria-labelledby="archived-stories" data-testid="archived-stories">
          <div className="archive-intro">
            <h2 id="archived-stories">{tArchive("heading")}</h2>
            <p className="small muted">{tArchive("intro")}</p>
          </div>
          <ul className="cards">
            {archived.map((f) => (
              <FigureCard key={f.id} figure={f} openAlerts={openAlerts[f.id] ?? 0} />
            ))}
          </ul>
        </section>
      )}
      {pages > 1 && (
        <nav className="pager" aria-label={t("pagesLabel")}>
          {data.page > 1 && <Link href={pageHref(data.page - 1)}>{t("previous")}</Link>}
          <span>{t("pageOf", { page: data.page, pages })}</span>
          {data.page < pages && <Link href={pageHref(data.page + 1)}>{t("next")}</Link>}
        </nav>
      )}
    </>
  );
}
