"use client";
// Chart downloads: the standalone picture chart-svg.ts builds (title, unit, keys, events, a source
// line naming the outlets, "Data: Tally, <date>"), saved as SVG, or rasterised at 2× through a
// canvas as PNG. The same builder draws the server's /embed/figures/:slug.svg and .png.
import { buildChartSvg } from "./chart-svg";

type Picture = Parameters<typeof buildChartSvg>[0] & { filename: string };

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

export function downloadSvg(opts: Picture) {
  save(new Blob([buildChartSvg(opts).svg], { type: "image/svg+xml" }), opts.filename);
}

export async function downloadPng(opts: Picture) {
  const { svg, width, height } = buildChartSvg(opts);
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
