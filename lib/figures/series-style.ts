// How each outlet's line looks: a colour from Okabe–Ito's colour-blind-safe set, and past its eight
// colours a dash pattern, so a chart of 8–12 (or 30) outlets never draws two lines alike.
// An outlet's colour comes from a hash of its slug, so AP is the same colour on every chart; when
// two outlets on one chart hash to the same colour, the later by slug takes the next free colour
// (then the next dash pattern), so only the collision moves, and only on that chart.

/** Okabe–Ito: distinguishable with the common colour-vision deficiencies (yellow swapped for wine, which reads on white). */
export const PALETTE = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9", "#000000", "#882255"];

/** SVG stroke-dasharray per pattern: solid first, then dashes a reader can tell apart at 2 px. */
export const DASHES: (string | null)[] = [null, "6 3", "2 3", "10 3 2 3", "1 4"];

export type SeriesStyle = { color: string; dash: string | null };

function hash(key: string): number {
  let h = 0;
  for (const ch of key) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  return h;
}

/** The colour a key (an outlet's slug, a figure's slug, an origin) gets when nothing else is on the chart. */
export function colorFor(key: string): string {
  return PALETTE[hash(key) % PALETTE.length];
}

/** One style per slug, no two alike while there are colour × dash pairs left (40). */
export function assignSeriesStyles(slugs: string[]): Map<string, SeriesStyle> {
  const taken = new Set<string>();
  const styles = new Map<string, SeriesStyle>();
  for (const slug of [...new Set(slugs)].sort()) {
    const home = hash(slug) % PALETTE.length;
    let style: SeriesStyle | null = null;
    for (let k = 0; k < PALETTE.length * DASHES.length && !style; k++) {
      const color = PALETTE[(home + k) % PALETTE.length];
      const dash = DASHES[Math.floor(k / PALETTE.length)];
      if (!taken.has(`${color}|${dash}`)) style = { color, dash };
    }
    style ??= { color: PALETTE[home], dash: null };
    taken.add(`${style.color}|${style.dash}`);
    styles.set(slug, style);
  }
  return styles;
}
