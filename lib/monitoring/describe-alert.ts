// An alert's message in the reader's language. The stored `message` is the English sentence
// written when the rule fired (webhooks send it as is); other languages are written here from
// the alert's rule and `details` (the numbers compared, exact), with the figure's unit. An
// alert raised before its details held everything needed keeps its stored sentence.
import { createTranslator } from "use-intl/core";
import { formatDate, formatPeriod } from "../format/format-date";
import type { Locale } from "../i18n/locales";
import { MESSAGES } from "../i18n/messages";
import { describeInterval } from "../values/describe-interval";
import { formatNumber, formatReportedValue } from "../values/format-value";
import type { Interval } from "../values/interval";
import type { Qualifier } from "../values/qualifiers";
import type { AlertRule } from "./types";

type AlertText = { rule: AlertRule; message: string; details: Record<string, unknown> };
type Claim = { qualifier?: unknown; value?: unknown; low?: unknown; high?: unknown };
type Translate = ReturnType<typeof createTranslator<typeof MESSAGES.en, "alerts">>;

const str = (v: unknown): string | null => (typeof v === "string" ? v : typeof v === "number" ? String(v) : null);

function claimOf(c: Claim, unit: string, locale: Locale): string | null {
  const qualifier = str(c.qualifier) as Qualifier | null;
  if (!qualifier) return null;
  return formatReportedValue({ qualifier, value: str(c.value), low: str(c.low), high: str(c.high), unit }, locale);
}

function sentence(t: Translate, a: AlertText, unit: string, locale: Locale): string | null {
  const d = a.details;
  const outlet = str(d.outlet);
  const num = (v: unknown) =>
    str(v) === null ? null : formatNumber(String(Math.round(Number(v) * 100) / 100), { locale, compact: false });
  switch (a.rule) {
    case "decrease": {
      const value = claimOf(d, unit, locale);
      if (!outlet || !value) return null;
      if (d.compared === "own_previous") {
        const previous = claimOf(
          { qualifier: d.previousQualifier, value: d.previous, low: d.previousLow, high: d.previousHigh },
          unit,
          locale,
        );
        const date = str(d.previousReportedOn);
        return previous && date
          ? t("msgDecreaseOwn", { outlet, value, previous, date: formatDate(date, locale) })
          : null;
      }
      const agreed = d.agreedInterval as Interval | undefined;
      return agreed
        ? t("msgDecreaseConsensus", {
            outlet,
            value,
            count: Number(d.outlets),
            agreed: describeInterval(agreed, unit, locale),
          })
        : null;
    }
    case "disagreement": {
      const values = d.values as ({ outlet?: unknown } & Claim)[] | undefined;
      const refers = d.refers as { start: string | null; end: string | null; label: string | null } | undefined;
      if (!values || values.length !== 2 || !refers) return null;
      const [x, y] = values.map((v) => ({ name: str(v.outlet), value: claimOf(v, unit, locale) }));
      if (!x.name || !x.value || !y.name || !y.value) return null;
      const period =
        refers.start || refers.end
          ? formatPeriod({ refersStart: refers.start, refersEnd: refers.end, refersLabel: refers.label }, locale)
          : t("periodNotGiven");
      return t("msgDisagreement", { a: x.name, aValue: x.value, b: y.name, bValue: y.value, period });
    }
    case "new_outlet": {
      if (!outlet) return null;
      const figures = (d.figures as { title: string }[] | undefined) ?? [];
      if (figures.length > 1)
        return t("msgNewOutletGroup", {
          outlet,
          count: figures.length,
          titles: figures.map((f) => f.title).join("; "),
        });
      return t("msgNewOutlet", { outlet });
    }
    case "outlier": {
      const value = str(d.value);
      if (!outlet || value === null) return null;
      return t("msgOutlier", {
        outlet,
        value: formatNumber(value, { locale, compact: false }),
        lower: num(d.lower)!,
        upper: num(d.upper)!,
        median: num(d.median)!,
        k: String(d.k),
      });
    }
    case "single_source": {
      const outlets = d.outlets as string[] | undefined;
      const origin = str(d.origin);
      return outlets && origin
        ? t("msgSingleSource", { count: outlets.length, outlets: outlets.join(", "), origin })
        : null;
    }
    case "stale": {
      const date = str(d.lastReportedOn);
      if (!outlet || !date) return null;
      return t("msgStale", {
        age: Number(d.ageDays),
        date: formatDate(date, locale),
        outlet,
        limit: Number(d.limitDays),
      });
    }
  }
}

export function describeAlert(a: AlertText, opts: { unit: string; locale: Locale }): string {
  if (opts.locale === "en") return a.message;
  const t = createTranslator({ locale: opts.locale, messages: MESSAGES[opts.locale], namespace: "alerts" });
  return sentence(t, a, opts.unit, opts.locale) ?? a.message;
}
