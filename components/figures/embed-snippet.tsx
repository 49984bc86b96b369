"use client";
// The iframe snippet for putting a figure's chart on another site (/embed/figures/[slug]).
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { toast } from "sonner";

export function EmbedSnippet({ slug, title }: { slug: string; title: string }) {
  const t = useTranslations("figure");
  const [origin, setOrigin] = useState("");
  useEffect(() => setOrigin(window.location.origin), []);
  const code = `<iframe src="${origin}/embed/figures/${slug}" title="${title.replace(/"/g, "&quot;")}" width="100%" height="560" style="border:0" loading="lazy"></iframe>`;
  return (
    <section className="embed-snippet" aria-labelledby="embed-heading">
      <h2 id="embed-heading">{t("embedTitle")}</h2>
      <label htmlFor="embed-code">{t("embedLabel")}</label>
      <textarea id="embed-code" readOnly rows={3} value={code} data-testid="embed-code" onFocus={(e) => e.currentTarget.select()} />
      <button
        type="button"
        className="button secondary"
        onClick={() => navigator.clipboard?.writeText(code).then(() => toast.success(t("embedCopied")), () => toast.error(t("embedCopyFailed")))}
      >
        {t("embedCopy")}
      </button>
    </section>
  );
}
