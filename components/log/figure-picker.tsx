"use client";
// The global /log page's figure picker: type to narrow the list, then follow a link (Tab/Enter).
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useId, useState } from "react";
import type { FigureOption } from "@/lib/figures/list-figure-options";

export function FigurePicker({ figures }: { figures: FigureOption[] }) {
  const t = useTranslations("logStart");
  const [q, setQ] = useState("");
  const id = useId();
  const words = q.toLowerCase().split(/\s+/).filter(Boolean);
  const shown = figures.filter((f) => words.every((w) => `${f.title} ${f.slug} ${f.unit}`.toLowerCase().includes(w)));
  if (figures.length === 0) return <p className="empty">{t("noFigures")}</p>;
  return (
    <div className="field figure-picker">
      <label htmlFor={id}>{t("find")}</label>
      <input
        id={id}
        type="search"
        value={q}
        onChange={(e) => setQ(e.target.value)}
        placeholder={t("findPlaceholder")}
        aria-describedby={`${id}-count`}
        autoFocus
      />
      <span className="hint" id={`${id}-count`} role="status">
        {shown.length === figures.length
          ? t("countAll", { count: figures.length })
          : t("countMatch", { shown: shown.length, count: figures.length })}
      </span>
      <ul className="figure-options">
        {shown.map((f) => (
          <li key={f.slug}>
            <Link href={`/figures/${f.slug}/log`}>{f.title}</Link> <span className="small muted">({f.unit})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
