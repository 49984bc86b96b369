"use client";
// The code for putting a figure's chart on another site: the iframe (/embed/figures/[slug]) and
// the host-page script (public/embed.js) that keeps the iframe as tall as the chart, as
// Datawrapper's responsive embed does; and the static pictures for print and newsletters.
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";
import { toast } from "sonner";

export function embedCode(origin: string, slug: string, title: string): string {
  const iframe = `<iframe src="${origin}/embed/figures/${slug}" data-tally-embed title="${title.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}" width="100%" height="640" style="border:0" loading="lazy"></iframe>`;
  return `${iframe}\n<script src="${origin}/embed.js" async></script>`;
}

const noSubscription = () => () => {};

export function EmbedSnippet({ slug, title }: { slug: string; title: string }) {
  const t = useTranslations("figure");
  const te = useTranslations("embed");
  // This site's origin, known only in the browser (the server renders the code without it).
  const origin = useSyncExternalStore(
    noSubscription,
    () => window.location.origin,
    () => "",
  );
  const code = embedCode(origin, slug, title);
  return (
    <section className="embed-snippet" aria-labelledby="embed-heading">
      <h2 id="embed-heading">{t("embedTitle")}</h2>
      <p className="small muted">{te("snippetLead")}</p>
      <label htmlFor="embed-code">{t("embedLabel")}</label>
      <textarea
        id="embed-code"
        readOnly
        rows={4}
        value={code}
        data-testid="embed-code"
        onFocus={(e) => e.currentTarget.select()}
      />
      <button
        type="button"
        className="button secondary"
        onClick={() =>
          navigator.clipboard?.writeText(code).then(
            () => toast.success(t("embedCopied")),
            () => toast.error(t("embedCopyFailed")),
          )
        }
      >
        {t("embedCopy")}
      </button>
      <p className="small">
        {te("snippetImages")} <a href={`/embed/figures/${slug}.png`}>PNG</a> ·{" "}
        <a href={`/embed/figures/${slug}.svg`}>SVG</a>
      </p>
    </section>
  );
}
