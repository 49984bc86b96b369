"use client";
// The review queue's list, driven from the keyboard as well as the mouse: j / k move between
// values, c checks the current one, s opens "Send back" with the comment focused, x selects it
// for a bulk check and b jumps to the bulk reason. Keys never fire while typing in a field.
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { formatDate } from "@/lib/format/format-date";
import type { FormState } from "@/lib/http/handle-form-action";
import type { ObservationDto } from "@/lib/observations/observation-dto";
import { CheckBadge } from "./check-badge";
import { CheckForm } from "./check-form";

/** `display`: the value in the reader's language ("al menos 57 personas"). */
type Item = { observation: ObservationDto; figure: { slug: string; title: string }; isOwn: boolean; display: string };
type Action = (state: FormState, form: FormData) => Promise<FormState>;
type Props = { items: Item[]; returnTo: string; checkAction: Action; bulkAction: Action };

const isTyping = (t: EventTarget | null) =>
  t instanceof HTMLElement && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName));

export function ReviewQueueList({ items, returnTo, checkAction, bulkAction }: Props) {
  const t = useTranslations("review");
  const locale = useLocale();
  const [current, setCurrent] = useState(-1);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulk, bulkFormAction, isBulkPending] = useActionState(bulkAction, {});
  const listRef = useRef<HTMLOListElement>(null);
  const reasonRef = useRef<HTMLInputElement>(null);
  const ids = items.map((i) => i.observation.id).join(",");
  // A new list (after a check, a filter) starts from the top: j goes to its first value.
  const [listed, setListed] = useState(ids);
  if (listed !== ids) {
    setListed(ids);
    setCurrent(-1);
  }

  useEffect(() => {
    const itemAt = (i: number) => listRef.current?.querySelectorAll<HTMLLIElement>(":scope > li")[i];
    const onKey = (ev: KeyboardEvent) => {
      if (ev.ctrlKey || ev.metaKey || ev.altKey || isTyping(ev.target)) return;
      const move = (to: number) => {
        const i = Math.max(0, Math.min(items.length - 1, to));
        setCurrent(i);
        itemAt(i)?.focus();
      };
      const li = itemAt(current);
      if (ev.key === "j") move(current + 1);
      else if (ev.key === "k") move(current < 0 ? 0 : current - 1);
      else if (ev.key === "c" && li)
        li.querySelector<HTMLButtonElement>('button[value="checked"]:not(:disabled)')?.click();
      else if (ev.key === "s" && li) {
        const details = li.querySelector("details");
        if (!details || li.querySelector("textarea:disabled")) return;
        details.open = true;
        li.querySelector("textarea")?.focus();
      } else if (ev.key === "x" && li && !items[current]?.isOwn) {
        const id = items[current]!.observation.id;
        setSelected((old) => {
          const next = new Set(old);
          if (!next.delete(id)) next.add(id);
          return next;
        });
      } else if (ev.key === "b") reasonRef.current?.focus();
      else return;
      ev.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [current, items]);

  const toggle = (id: string, on: boolean) =>
    setSelected((old) => {
      const next = new Set(old);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  const chosen = items.filter((i) => selected.has(i.observation.id));

  return (
    <>
      <p className="small muted keys" id="review-keys" data-testid="review-keys">
        {t.rich("keys", { k: (key) => <kbd>{key}</kbd> })}
      </p>
      <form action={bulkFormAction} className="panel bulk-check" aria-label={t("bulkLabel")}>
        <input type="hidden" name="returnTo" value={returnTo} />
        {chosen.map(({ observation: o }) => (
          <input key={o.id} type="hidden" name="item" value={`${o.id}@${o.version}`} />
        ))}
        <div className="field">
          <label htmlFor="bulk-reason">{t("bulkReason")}</label>
          <input
            id="bulk-reason"
            name="reason"
            ref={reasonRef}
            placeholder={t("bulkPlaceholder")}
            defaultValue={bulk.values?.reason}
          />
        </div>
        <button className="button" disabled={chosen.length === 0 || isBulkPending}>
          {t("bulkButton", { count: chosen.length })}
        </button>
        {bulk.message && (
          <p className="form-error" role="alert">
            {bulk.message}
          </p>
        )}
      </form>
      <ol className="review-list" data-testid="review-queue" ref={listRef} aria-describedby="review-keys">
        {items.map(({ observation: o, figure, isOwn, display }, i) => (
          <li
            key={o.id}
            className={`panel review-item${i === current ? " is-current" : ""}`}
            data-testid="review-item"
            id={`review-${o.id}`}
            tabIndex={-1}
            aria-current={i === current || undefined}
            onFocus={(ev) => ev.target === ev.currentTarget && setCurrent(i)}
          >
            <div className="review-head">
              <label className="review-select">
                <input
                  type="checkbox"
                  checked={selected.has(o.id)}
                  disabled={isOwn}
                  onChange={(ev) => toggle(o.id, ev.target.checked)}
                />
                <span className="sr-only">{t("select", { value: display })}</span>
              </label>
              <Link href={`/observations/${o.id}`} className="value">
                {display}
              </Link>
              <span className="muted">
                {" "}
                · {o.outlet.name} · <Link href={`/figures/${figure.slug}`}>{figure.title}</Link>
              </span>
              <CheckBadge status={o.checkStatus} />
            </div>
            <blockquote className="quote">“{o.quote}”</blockquote>
            <p className="small muted">
              {t("meta", {
                reported: formatDate(o.reportedOn, locale),
                sources: o.citedSources.join(" › "),
                loggedBy: o.loggedBy,
                logged: formatDate(o.loggedAt, locale),
              })}
              {o.url && (
                <>
                  {" · "}
                  <a href={o.url} rel="noopener noreferrer">
                    {t("readArticle")}
                  </a>
                </>
              )}
            </p>
            {o.checkStatus === "returned" && (
              <p className="notice small">{t("sentBack", { by: o.checkedBy ?? "", comment: o.checkComment ?? "" })}</p>
            )}
            <CheckForm id={o.id} version={o.version} returnTo={returnTo} isOwn={isOwn} action={checkAction} />
          </li>
        ))}
      </ol>
    </>
  );
}
