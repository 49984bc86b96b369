import "server-only";
// What to ask the editor about before saving a value (they may save anyway, in one click):
// a likely duplicate, a sentence whose unit is not the figure's, and a cumulative figure lower
// than the same outlet's previous report, and a value or bound the quote does not contain (read by
// the same parser that proposes numbers, so "at least 43" holds 43). Warnings, not errors: nothing
// here blocks a save.
import { getDb, type DbOrTx } from "../db/client";
import { extractFigures } from "../extract/extract-figures";
import { unitsMatch } from "../extract/units";
import { formatDate } from "../format/format-date";
import { parseInput } from "../validate";
import { compareDecimal } from "../values/decimal";
import { formatReportedValue } from "../values/format-value";
import { numbersNotInQuote, quoteMismatchMessage } from "./numbers-not-in-quote";
import { ZLogObservation, type LogObservationInput } from "./schemas";
import { noSuchFigure } from "../figures/no-such-figure";

export type LogWarning = {
  code: "likely_duplicate" | "unit_mismatch" | "lower_than_previous" | "not_in_quote";
  message: string;
};

const DUPLICATE_WINDOW_DAYS = 7;
const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const addDays = (iso: string, n: number) => new Date(day(iso).getTime() + n * 86_400_000);
const dec = (d: { toFixed(): string } | null) => (d === null ? null : d.toFixed());
/** The number a value stands for when comparing: the value, else the high end, else the low. */
const level = (o: { value: string | null; low: string | null; high: string | null }) => o.value ?? o.high ?? o.low;

export async function findLogWarnings(opts: { db?: DbOrTx; input: unknown }): Promise<LogWarning[]> {
  const db = opts.db ?? getDb();
  const input: LogObservationInput = parseInput(ZLogObservation, opts.input);
  const figure = await db.figure.findUnique({
    where: { slug: input.figureSlug },
    select: { id: true, unit: true, kind: true },
  });
  if (!figure) throw noSuchFigure(input.figureSlug);
  const mine = { value: input.value ?? null, low: input.low ?? null, high: input.high ?? null };
  const warnings: LogWarning[] = [];

  // The sentence's own unit for the number being logged ("14 tons" logged in a figure of hectares).
  const spoken = extractFigures(input.quote).find(
    (c) => c.value === mine.value && c.low === mine.low && c.high === mine.high,
  );
  if (spoken?.unit && !unitsMatch(spoken.unit, figure.unit)) {
    warnings.push({
      code: "unit_mismatch",
      message: `The sentence says “${spoken.text}”, but this figure counts ${figure.unit}.`,
    });
  }

  const missing = numbersNotInQuote(input.quote, mine);
  if (missing.length > 0) {
    warnings.push({ code: "not_in_quote", message: quoteMismatchMessage(input.quote, missing) });
  }

  if (input.outletId) {
    const sameValue = {
      figureId: figure.id,
      outletId: input.outletId,
      status: "published" as const,
      qualifier: input.qualifier,
      value: mine.value,
      low: mine.low,
      high: mine.high,
      refersStart: input.refersStart ? day(input.refersStart) : null,
      refersEnd: input.refersEnd ? day(input.refersEnd) : null,
      reportedOn: {
        gte: addDays(input.reportedOn, -DUPLICATE_WINDOW_DAYS),
        lte: addDays(input.reportedOn, DUPLICATE_WINDOW_DAYS),
      },
    };
    const twin = await db.observation.findFirst({
      where: sameValue,
      select: { reportedOn: true, outlet: { select: { name: true } } },
    });
    if (twin) {
      const when = formatDate(twin.reportedOn.toISOString().slice(0, 10));
      warnings.push({
        code: "likely_duplicate",
        message: `${twin.outlet.name} already has this value for the same period, reported ${when}.`,
      });
    }

    if (figure.kind === "cumulative" && level(mine) !== null) {
      const previousWhere = {
        figureId: figure.id,
        outletId: input.outletId,
        status: "published" as const,
        reportedOn: { lte: day(input.reportedOn) },
      };
      const previous = await db.observation.findFirst({
        where: previousWhere,
        orderBy: [{ reportedOn: "desc" }, { loggedAt: "desc" }],
        select: {
          value: true,
          low: true,
          high: true,
          qualifier: true,
          reportedOn: true,
          outlet: { select: { name: true } },
        },
      });
      const before = previous && { value: dec(previous.value), low: dec(previous.low), high: dec(previous.high) };
      if (previous && before && level(before) !== null && compareDecimal(level(mine)!, level(before)!) < 0) {
        const shown = formatReportedValue({ ...before, qualifier: previous.qualifier, unit: figure.unit });
        const when = formatDate(previous.reportedOn.toISOString().slice(0, 10));
        warnings.push({
          code: "lower_than_previous",
          message: `This running total is lower than ${previous.outlet.name}'s previous report (${shown}, ${when}).`,
        });
      }
    }
  }
  return warnings;
}
