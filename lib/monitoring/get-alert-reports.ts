import "server-only";
// The reports an alert involves, as an editor reads them: value in words, outlet, date, the
// quote and a link — instead of id prefixes. One query for all the alerts on a page.
import { getDb, type Db } from "../db/client";
import { isoDate } from "../observations/observation-dto";
import type { Locale } from "../i18n/locales";
import { formatReportedValue } from "../values/format-value";

export type AlertReport = {
  id: string;
  figureSlug: string;
  display: string;
  outlet: string;
  reportedOn: string;
  quote: string;
  url: string | null;
  isRetracted: boolean;
};

export async function getAlertReports(opts: {
  db?: Db;
  observationIds: string[];
  locale?: Locale;
}): Promise<Record<string, AlertReport>> {
  const ids = [...new Set(opts.observationIds)];
  if (ids.length === 0) return {};
  const rows = await (opts.db ?? getDb()).observation.findMany({
    where: { id: { in: ids } },
    select: {
      id: true,
      qualifier: true,
      value: true,
      low: true,
      high: true,
      reportedOn: true,
      quote: true,
      url: true,
      status: true,
      outlet: { select: { name: true } },
      figure: { select: { slug: true, unit: true } },
    },
  });
  return Object.fromEntries(
    rows.map((r) => [
      r.id,
      {
        id: r.id,
        figureSlug: r.figure.slug,
        display: formatReportedValue(
          {
            qualifier: r.qualifier,
            value: r.value?.toFixed() ?? null,
            low: r.low?.toFixed() ?? null,
            high: r.high?.toFixed() ?? null,
            unit: r.figure.unit,
          },
          opts.locale,
        ),
        outlet: r.outlet.name,
        reportedOn: isoDate(r.reportedOn),
        quote: r.quote,
        url: r.url,
        isRetracted: r.status === "retracted",
      },
    ]),
  );
}
