"use client";
// "Paste the sentence": reads the pasted text as it changes (in the browser, the same pure parser
// POST /api/extract uses), lists every number found as a radio group (arrow keys move between
// them) and hands the chosen one to the form. The one in the figure's unit is preselected.
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useEffectEvent, useState } from "react";
import { extractFigures, type Candidate } from "@/lib/extract/extract-figures";
import { pickCandidate } from "@/lib/extract/pick-candidate";
import { MAX_EXTRACT_CHARS } from "@/lib/extract/schemas";
import { unitsMatch } from "@/lib/extract/units";
import type { Locale } from "@/lib/i18n/locales";
import { groupDigits, unitName } from "@/lib/values/format-value";
import { Field } from "@/components/ui/field";

const DEBOUNCE_MS = 200;

export function useDescribeCandidate(): (c: Candidate) => string {
  const t = useTranslations("log");
  const locale: Locale = useLocale();
  return (c) => {
    const unit = c.unit ? ` ${unitName(c.unit, locale)}` : "";
    const n = (v: string | null) => (v === null ? "?" : groupDigits(v, locale));
    if (c.value === null) return `${t("between", { low: n(c.low), high: n(c.high) })}${unit}`;
    return `${t("qualifier", { q: c.qualifier })} ${n(c.value)}${unit}`;
  };
}

export function PasteSentence({ unit, onChoose }: { unit: string; onChoose: (c: Candidate) => void }) {
  const t = useTranslations("log");
  const describeCandidate = useDescribeCandidate();
  const [text, setText] = useState("");
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [chosen, setChosen] = useState(-1);
  // Called from the debounce timer with the newest onChoose, without restarting the timer.
  const choose = useEffectEvent(onChoose);

  useEffect(() => {
    const timer = setTimeout(() => {
      const found = extractFigures(text.slice(0, MAX_EXTRACT_CHARS));
      const i = pickCandidate(found, unit);
      setCandidates(found);
      setChosen(i);
      if (i >= 0) choose(found[i]!);
    }, DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text, unit]);

  const hasText = text.trim() !== "";
  return (
    <div className="paste-sentence">
      <Field name="paste" label={t("paste")} hint={t("pasteHint")}>
        {/* Not sent with the form (no name): what it finds fills the fields below. */}
        {({ name: _, ...a }) => <textarea {...a} value={text} onChange={(e) => setText(e.target.value)} autoFocus />}
      </Field>
      <p className="sr-only" role="status">
        {hasText && candidates.length > 0
          ? t("found", { count: candidates.length, text: candidates[chosen]?.text ?? "" })
          : ""}
      </p>
      {hasText && candidates.length === 0 && <p className="muted small">{t("noNumber")}</p>}
      {candidates.length > 0 && hasText && (
        <fieldset className="candidates" data-testid="candidates">
          <legend>{t("candidates")}</legend>
          {candidates.map((c, i) => {
            const isOtherUnit = c.unit !== null && !unitsMatch(c.unit, unit);
            return (
              <label key={`${c.start}-${c.end}`} className="candidate">
                <input
                  type="radio"
                  name="candidate"
                  value={String(i)}
                  checked={i === chosen}
                  onChange={() => {
                    setChosen(i);
                    onChoose(c);
                  }}
                />
                <span>
                  <strong>{c.text}</strong> <span className="muted small">→ {describeCandidate(c)}</span>
                  {isOtherUnit && <span className="small candidate-unit">{t("notInUnit", { unit })}</span>}
                </span>
              </label>
            );
          })}
        </fieldset>
      )}
    </div>
  );
}
