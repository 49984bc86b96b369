"use client";
// Chart downloads: the drawn SVG wrapped with a title, the unit and the source line, saved as
// SVG, or rasterised (2×) through a canvas as PNG.
export const SOURCE_LINE = "Source: outlets as listed; compiled by Tally";

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

type ChartSvgOptions = {
  container: HTMLElement;
  title: string;
  unit: string;
  legend: { name: string; color: string }[];
  /** the unit and source lines in the reader's language; English when not given */
  labels?: { unit: string; source: string };
};

export function chartSvgText(opts: ChartSvgOptions): { svg: string; width: number; height: number } {
  const labels = opts.labels ?? { unit: `Unit: ${opts.unit}`, source: SOURCE_LINE };
  const drawn = opts.container.querySelector("svg.recharts-surface");
  if (!drawn) throw new Error("The chart is not drawn yet.");
  const w = Number(drawn.getAttribute("width")) || drawn.clientWidth || 800;
  const h = Number(drawn.getAttribute("height")) || drawn.clientHeight || 380;
  const legendRows = Math.ceil(opts.legend.length / 3);
  const top = 56;
  const bottom = 24 + legendRows * 18 + 24;
  const width = w + 32;
  const height = top + h + bottom;
  const inner = new XMLSerializer().serializeToString(drawn).replace(/^<svg/, `<svg x="16" y="${top}"`);
  const legend = opts.legend
    .map((l, i) => {
      const x = 16 + (i % 3) * (w / 3);
      const y = top + h + 24 + Math.floor(i / 3) * 18;
      return `<rect x="${x}" y="${y - 9}" width="10" height="10" fill="${l.color}"/><text x="${x + 16}" y="${y}" font-size="12">${esc(l.name)}</text>`;
    })
    .join("");
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, sans-serif">` +
    `<rect width="100%" height="100%" fill="#fff"/>` +
    `<text x="16" y="26" font-size="18" font-weight="700">${esc(opts.title)}</text>` +
    `<text x="16" y="46" font-size="13" fill="#5b6270">${esc(labels.unit)}</text>` +
    inner +
    legend +
    `<text x="16" y="${height - 12}" font-size="12" fill="#5b6270">${esc(labels.source)}</text></svg>`;
  return { svg, width, height };
}

function save(blob: Blob, filename: string) {
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadSvg(opts: Parameters<typeof chartSvgText>[0] & { filename: string }) {
  save(new Blob([chartSvgText(opts).svg], { type: "image/svg+xml" }), opts.filename);
}

export async function downloadPng(opts: Parameters<typeof chartSvgText>[0] & { filename: string }) {
  const { svg, width, height } = chartSvgText(opts);
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await img.decode();
  const canvas = document.createElement("canvas");
  canvas.width = width * 2;
  canvas.height = height * 2;
  const ctx = canvas.getContext("2d")!;
  ctx.scale(2, 2);
  ctx.drawImage(img, 0, 0);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
  if (!blob) throw new Error("Could not make the PNG.");
  save(blob, opts.filename);
}
