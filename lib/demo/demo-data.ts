// Tally's demo data: the figures reported in the five seed articles (../shared/seeds), with
// nothing added that they do not say. The articles do not name their publishers, so each
// article is its own outlet, named for its seed file. Their publication dates are not printed
// either: each report carries the earliest date its text allows, and says so in its note.
import type { TCreateFigure } from "../figures/schemas";
import type { TLogObservation } from "../observations/schemas";

const UNDATED = "Publication date not printed; this is the earliest date the text allows";

const ARTICLES = ["000", "001", "002", "003", "004"] as const;
type OutletKey = `a${(typeof ARTICLES)[number]}`;
export const DEMO_OUTLETS = ARTICLES.map((n) => ({
  key: `a${n}` as OutletKey,
  name: `Seed article ${n} (publisher not named)`,
}));
export type DemoObservation = Omit<TLogObservation, "figureSlug" | "outletId" | "newOutlet"> & { outlet: OutletKey };
export type DemoFigure = TCreateFigure & { observations: DemoObservation[] };

const SANCTIONS = "US–Colombia sanctions";
const STRIKES = "US strikes on drug boats";
const DRUGS = "Cocaine and coca";
/** The demo topics' names on Spanish pages (Manage → Topics; the stored topic stays as above). */
export const DEMO_TOPIC_NAMES_ES: Record<string, string> = {
  [SANCTIONS]: "Sanciones entre EE. UU. y Colombia",
  [STRIKES]: "Ataques de EE. UU. contra lanchas del narcotráfico",
  [DRUGS]: "Cocaína y coca",
};

const Q_AFP_43 =
  "In the past two months, the US has destroyed 10 vessels and killed at least 43 people in strikes off the coast of South America, according to AFP tallies based on US figures.";
const Q_AP_AID =
  "According to the Associated Press, US aid to Colombia is expected to decrease by at least 20%, with the fiscal year that ended September 30, 2025, seeing $230 million in aid—down from more than $700 million in recent years.";

const OCT_24 = "2025-10-24";
/** A period that ends on a day (a running total "so far"), or that is that one day. */
const upTo = (day: string) => ({ refersEnd: day, refersPrecision: "day" as const });
const onDay = (day: string) => ({ refersStart: day, ...upTo(day) });

/** Seed article 001 reports AFP's tally and the AP's aid figures; each sentence holds two values. */
const AFP_TALLY = {
  outlet: "a001",
  reportedOn: OCT_24,
  ...upTo(OCT_24),
  refersLabel: "in the past two months",
  citedSources: ["AFP tallies", "US figures"],
  quote: Q_AFP_43,
  note: UNDATED + " (it reports the October 24, 2025 sanctions).",
} as const;
const AP_AID = {
  outlet: "a001",
  reportedOn: OCT_24,
  citedSources: ["Associated Press"],
  quote: Q_AP_AID,
  note: UNDATED + ".",
} as const;

/** Four articles count the four people the Treasury sanctioned on October 24. */
const sanctioned = (outlet: OutletKey, refersLabel: string, quote: string, note: string): DemoObservation => ({
  outlet,
  qualifier: "exact",
  value: "4",
  reportedOn: OCT_24,
  ...onDay(OCT_24),
  refersLabel,
  citedSources: ["US Treasury Department"],
  quote,
  note,
});
const COUNTED = "Counted from the four people the sentence names. " + UNDATED;

export const DEMO_FIGURES: DemoFigure[] = [
  {
    slug: "us-boat-strike-deaths",
    title: "People killed in US strikes on alleged drug boats",
    description:
      "Cumulative deaths in US military strikes on boats the US says were smuggling drugs off South America.",
    titleEs: "Muertos en ataques de EE. UU. a presuntas narcolanchas",
    descriptionEs:
      "Muertes acumuladas en los ataques militares de EE. UU. contra embarcaciones que, según Washington, transportaban drogas frente a Sudamérica.",
    unit: "people",
    kind: "cumulative",
    topics: [STRIKES],
    observations: [
      {
        outlet: "a000",
        qualifier: "exact",
        value: "17",
        reportedOn: OCT_24,
        refersLabel: "strikes in the Caribbean Sea",
        citedSources: ["US administration"],
        quote: "The Administration Justified Strikes on Boats in the Caribbean Sea That Killed 17 People",
        note:
          "Headline of an earlier related article listed on the page; its own date is not given, so it carries the page's date. " +
          UNDATED +
          ".",
      },
      {
        outlet: "a000",
        qualifier: "at_least",
        value: "37",
        reportedOn: OCT_24,
        ...upTo(OCT_24),
        refersLabel: "since the strikes began last month (September 2025)",
        citedSources: ["US authorities"],
        quote:
          "Petro sharply condemned these operations, which authorities say have killed at least 37 people since they began last month; the most recent strikes targeted vessels in the eastern Pacific, where Colombia has a stretch of coastline.",
        note: UNDATED + " (it reports the Friday, October 24 announcement).",
      },
      { ...AFP_TALLY, qualifier: "at_least", value: "43" },
    ],
  },
  {
    slug: "us-boat-strike-vessels",
    title: "Vessels destroyed in US strikes on alleged drug boats",
    description: "Cumulative number of boats destroyed in the US strikes off South America.",
    titleEs: "Embarcaciones destruidas en ataques de EE. UU. a presuntas narcolanchas",
    descriptionEs: "Número acumulado de embarcaciones destruidas en los ataques de EE. UU. frente a Sudamérica.",
    unit: "vessels",
    kind: "cumulative",
    topics: [STRIKES],
    observations: [{ ...AFP_TALLY, qualifier: "exact", value: "10" }],
  },
  {
    slug: "us-aid-to-colombia",
    title: "US aid to Colombia per fiscal year",
    description: "US assistance to Colombia in one US fiscal year (October to September).",
    titleEs: "Ayuda de EE. UU. a Colombia por año fiscal",
    descriptionEs: "Asistencia de EE. UU. a Colombia en un año fiscal estadounidense (de octubre a septiembre).",
    unit: "USD",
    kind: "flow",
    topics: [SANCTIONS],
    observations: [
      {
        ...AP_AID,
        qualifier: "more_than",
        value: "700000000",
        refersLabel: "in recent years (before fiscal 2025; years not given)",
      },
      {
        ...AP_AID,
        qualifier: "exact",
        value: "230000000",
        refersStart: "2024-10-01",
        refersEnd: "2025-09-30",
        refersPrecision: "fiscal_year",
        refersLabel: "the fiscal year that ended September 30, 2025",
      },
    ],
  },
  {
    slug: "us-aid-to-colombia-expected-cut",
    title: "Expected cut in US aid to Colombia",
    description: "How much US aid to Colombia is expected to fall, in percent.",
    titleEs: "Recorte previsto de la ayuda de EE. UU. a Colombia",
    descriptionEs: "Cuánto se prevé que caiga la ayuda de EE. UU. a Colombia, en porcentaje.",
    unit: "percent",
    kind: "change",
    topics: [SANCTIONS],
    observations: [
      { ...AP_AID, qualifier: "at_least", value: "20", refersLabel: "expected decrease (period not stated)" },
    ],
  },
  {
    slug: "colombia-coca-cultivation",
    title: "Land under coca cultivation in Colombia",
    description: "Area used to grow coca, the raw material for cocaine.",
    titleEs: "Hectáreas sembradas con coca en Colombia",
    descriptionEs: "Superficie dedicada al cultivo de coca, la materia prima de la cocaína.",
    unit: "hectares",
    kind: "level",
    topics: [DRUGS],
    observations: [
      {
        outlet: "a000",
        qualifier: "exact",
        value: "253000",
        reportedOn: OCT_24,
        refersStart: "2023-01-01",
        refersEnd: "2023-12-31",
        refersPrecision: "year",
        refersLabel: "2023",
        citedSources: ["UN Office on Drugs and Crime"],
        quote:
          "According to the UN Office on Drugs and Crime, the area of land used for coca cultivation has nearly tripled over the past decade, reaching a record 253,000 hectares in 2023—roughly three times the size of New York City.",
        note: "A record, per UNODC. " + UNDATED + ".",
      },
    ],
  },
  {
    slug: "colombia-largest-cocaine-seizure",
    title: "Largest single cocaine seizure claimed by Colombia",
    description: "The biggest single seizure of cocaine Colombia's government says it has made.",
    titleEs: "Mayor incautación de cocaína anunciada por Colombia",
    descriptionEs:
      "La mayor incautación de cocaína en un solo operativo que dice haber logrado el Gobierno colombiano.",
    unit: "tonnes",
    kind: "level",
    topics: [DRUGS],
    observations: [
      {
        outlet: "a004",
        qualifier: "exact",
        value: "14",
        reportedOn: "2026-01-04",
        refersLabel: "one operation under Petro's government (date not given)",
        citedSources: ["Gustavo Petro"],
        quote:
          "Petro pointed to a major operation in which his administration seized 14 tonnes of cocaine, believed to be the largest single seizure in history.",
        note:
          "Petro's own claim; no independent source is named. " +
          UNDATED +
          " (it reports remarks made on January 4, 2026).",
      },
    ],
  },
  {
    slug: "us-sanctions-petro-people",
    title: "People sanctioned by the US Treasury over Petro",
    description: "People named in the US Treasury sanctions announced on October 24, 2025.",
    titleEs: "Personas sancionadas por el Tesoro de EE. UU. en el caso Petro",
    descriptionEs: "Personas incluidas en las sanciones del Tesoro de EE. UU. anunciadas el 24 de octubre de 2025.",
    unit: "people",
    kind: "level",
    topics: [SANCTIONS],
    observations: [
      sanctioned(
        "a000",
        "sanctions announced Friday, October 24",
        "The U.S. Treasury Department extended the sanctions to Petro himself, his wife Verónica del Socorro Alcocer García, his son Nicolás Fernando Petro Burgos, and Interior Minister Armando Alberto Benedetti.",
        COUNTED + ".",
      ),
      sanctioned(
        "a001",
        "sanctions imposed on October 24, 2025",
        "The sanctions, announced by Treasury Secretary Scott Bessent, ban the four from traveling to the US and freeze any American assets they may hold.",
        "“The four” are Petro, his wife Veronica Alcocer, their eldest son Nicolas and Interior Minister Armando Benedetti, named in the sentence before. " +
          UNDATED +
          ".",
      ),
      sanctioned(
        "a002",
        "sanctions imposed on Friday",
        "The US Treasury Department imposed sanctions against Petro; his wife, Veronica del Socorro Alcocer Garcia; his son, Nicolas Fernando Petro Burgos; and Colombian Interior Minister Armando Alberto Benedetti.",
        COUNTED + " (it reports Friday's sanctions).",
      ),
      sanctioned(
        "a003",
        "sanctions announced on Friday",
        "On Friday, the U.S. Treasury Department announced sanctions against President Gustavo Petro, First Lady Verónica Alcocer, his eldest son Nicolás, and Interior Minister Armando Benedetti, accusing them of “enabling drug cartels” and “failing to confront narcotics trafficking.”",
        COUNTED + " (it reports Friday's sanctions).",
      ),
    ],
  },
];

export const DEMO_EVENTS = [
  {
    date: "2025-10-24",
    title: "US Treasury sanctions Petro, his wife, his son and Interior Minister Benedetti",
    topic: SANCTIONS,
    description: "Announced by Treasury Secretary Scott Bessent (seed articles 000–003).",
  },
  {
    date: "2025-10-24",
    title: "Pentagon announces an aircraft carrier deployment to waters off South America",
    topic: STRIKES,
    description: "“On the same day, the Pentagon announced it was deploying an aircraft carrier” (seed article 000).",
  },
  {
    date: "2026-01-03",
    title: "US raid in Venezuela captures Nicolás Maduro",
    topic: SANCTIONS,
    description:
      "“the Venezuelan raid conducted just a day earlier” than Trump's January 4 remarks (seed article 004).",
  },
  {
    date: "2026-01-04",
    title: "Trump, aboard Air Force One, says action against Colombia “sounds good to me”",
    topic: SANCTIONS,
    description: "Remarks made on January 4, 2026 (seed article 004).",
  },
] as const;
