// Spanish as El Tiempo, Semana, EFE and the Colombian government write it: "al menos 57 personas",
// "230 millones de dólares", "1.200" (thousands), "8,6" (decimal), "billón" = 10¹² (not 10⁹).
// "casi" reads as approximately: like English "nearly", reporters use it for a rounded figure just under
// the number, and Tally has no "just under" qualifier ("less than" would claim a bound nobody stated).
// A bare "$" is pesos (Colombian usage: "$ 1.200 millones"); "US$", "USD" or "dólares" after it are dollars.
import type { Lexicon } from "./types";

const MONTH = "(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre)";
const words = (s: string, from: number, step = 1) => s.split(" ").map((w, i) => [w, from + step * i] as const);

export const es: Lexicon = {
  lang: "es",
  decimalMark: ",",
  markers: (
    "el la los las del y que en por para con una unos unas se su sus fue según dijo como al lo es son han ha " +
    "murieron " +
    "desde entre sobre hasta también menos más año años según cerca alrededor casi muertos heridos fueron está están " +
    "tras este esta estos estas ese esa hay pero sin gobierno"
  ).split(" "),
  markerEndings: ["ción", "ciones", "aron", "ieron", "ían", "ñas", "ños", "dad", "dades"],
  numberWords: Object.fromEntries([
    ...words("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece catorce quince", 0),
    ...words("dieciséis diecisiete dieciocho diecinueve veinte", 16),
    ...words("veintiuno veintidós veintitrés veinticuatro veinticinco", 21),
    ...words("veintiséis veintisiete veintiocho veintinueve", 26),
    ...words("treinta cuarenta cincuenta sesenta setenta ochenta noventa", 30, 10),
    ["veintiún", 21],
    ["dieciseis", 16],
    ["veintidos", 22],
    ["veintitres", 23],
    ["veintiseis", 26],
    ["una", 1],
    ["un", 1],
    ["cien", 100],
    ["ciento", 100],
    ["medio", 0.5],
    ["media", 0.5],
    ...words("doscientos trescientos cuatrocientos quinientos", 200, 100)
      .concat(words("seiscientos setecientos ochocientos novecientos", 600, 100))
      .flatMap(
        ([w, v]) =>
          [
            [w, v],
            [w.replace(/os$/, "as"), v],
          ] as const,
      ),
  ]),
  multiplierWords: { mil: 1000, docena: 12, docenas: 12, centenar: 100, centenares: 100 },
  standaloneMultipliers: ["mil"],
  roundNumberWords: ["centenar", "centenares"],
  articleOne: ["un", "una", "uno"],
  numberJoiners: ["y"],
  scales: {
    mil: 3,
    "mil millones": 9,
    millardo: 9,
    millardos: 9,
    millón: 6,
    millones: 6,
    millon: 6,
    billón: 12,
    billones: 12,
    billon: 12,
  },
  scaleSuffixes: {},
  unitLinks: ["de"],
  qualifiers: {
    at_least: ["al menos", "por lo menos", "como mínimo", "como minimo", "no menos de", "mínimo", "un mínimo de"],
    more_than: [
      "más de",
      "mas de",
      "poco más de",
      "superior a",
      "superiores a",
      "por encima de",
      "supera los",
      "supera las",
      "superan los",
      "superan las",
      "superó los",
      "superó las",
      "superaron los",
      "superaron las",
      "superar los",
      "superar las",
      "sobrepasa los",
      "sobrepasan los",
      "sobrepasó los",
    ],
    approximately: [
      "unos",
      "unas",
      "cerca de",
      "alrededor de",
      "aproximadamente",
      "aprox.",
      "casi",
      "en torno a",
      "del orden de",
      "un estimado de",
      "aproximadamente unos",
      "ronda los",
      "ronda las",
      "rondan los",
      "rondan las",
      "rondó los",
      "rondó las",
      "rondaría los",
      "rondarían los",
      "cercanas a",
      "cercanos a",
      "cercana a",
      "cercano a",
    ],
    at_most: ["hasta", "como máximo", "como maximo", "a lo sumo", "no más de", "un máximo de", "máximo"],
    less_than: ["menos de", "poco menos de", "inferior a", "por debajo de"],
  },
  fillers: ["el", "la", "los", "las", "a"],
  contractions: { de: "del", a: "al" },
  qualifiersAfterChange: ["hasta"],
  qualifiersAfter: { at_least: ["o más", "o mas"], at_most: ["o menos"], approximately: ["aproximadamente"] },
  ranges: [
    { open: "entre", link: ["y"] },
    { open: "de", link: ["a"] },
    { open: "desde", link: ["hasta", "a"] },
  ],
  bareRangeLinks: ["a"],
  changeWords: (
    "subió sube suben subieron aumentó aumenta aumentan aumentaron creció crece crecen crecieron cayó cae caen " +
    "cayeron " +
    "bajó baja bajan bajaron disminuyó disminuye disminuyeron pasó pasa pasan pasaron redujo reduce redujeron elevó " +
    "saltó descendió descienden incrementó recortó recorta retrocedió retrocede avanzó escaló duplicó triplicó"
  ).split(" "),
  currencySigns: { US$: "USD", USD: "USD", U$S: "USD", $: "COP", COP: "COP", "€": "EUR", EUR: "EUR", "£": "GBP" },
  ambiguousSigns: ["$"],
  percentWords: {
    "%": "percent",
    "por ciento": "percent",
    "puntos porcentuales": "percentage points",
    "punto porcentual": "percentage points",
  },
  units: {
    "toneladas métricas": "tonnes",
    "dólares estadounidenses": "USD",
    "pesos colombianos": "COP",
    personas: "people",
    persona: "people",
    muertos: "people",
    fallecidos: "people",
    víctimas: "people",
    "víctimas mortales": "people",
    hectáreas: "hectares",
    hectárea: "hectares",
    ha: "hectares",
    toneladas: "tonnes",
    tonelada: "tonnes",
    embarcaciones: "vessels",
    embarcación: "vessels",
    lanchas: "vessels",
    lancha: "vessels",
    narcolanchas: "vessels",
    barcos: "vessels",
    buques: "vessels",
    botes: "vessels",
    dólares: "USD",
    dólar: "USD",
    dolares: "USD",
    usd: "USD",
    pesos: "COP",
    cop: "COP",
    euros: "EUR",
    euro: "EUR",
    eur: "EUR",
    kilos: "kilograms",
    kilogramos: "kilograms",
    kg: "kilograms",
  },
  beforeUnit: [],
  stopwords: (
    "el la los las lo de del y e o u en a al con por para que se su sus un una uno unos unas más mas menos muy " +
    "también " +
    "según entre sobre tras desde hasta como cuando donde este esta estos estas ese esa eso le les fue era son es " +
    "han ha " +
    "había fueron ser sido no ni pero sin ya mil millones millón"
  ).split(" "),
  ordinalAfter: /^(?:\.?[ºª°]|(?:er|do|ro|to|vo|no)\b)/i,
  monthBefore: new RegExp(String.raw`(?:^|[^\p{L}])${MONTH}\s+(?:de\s+|del\s+)?$`, "iu"),
  monthAfter: new RegExp(String.raw`^\s+de\s+${MONTH}(?![\p{L}])`, "iu"),
  dateWordsBefore: (
    "en de del desde hasta para el año años durante antes después entre principios finales mediados fin inicios " +
    "vigencia fiscal periodo período"
  ).split(" "),
  yearNouns: "fiscal presupuesto elecciones censo temporada informe encuesta ley".split(" "),
  notANumberAfter: /^\s+(?:de\s+(?:los|las|ellos|ellas|sus)|vez|día|lado)\b/i,
};
