import "server-only";
// An SVG document as a PNG, on the server, at 2× for sharp print and retina screens: resvg (Rust,
// a prebuilt binary from npm; no browser, no download at run time). Text is set in the machine's
// sans-serif fonts, else Geist, the font Next.js ships with next/og, so a bare server still
// draws every word.
import { existsSync } from "node:fs";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const GEIST = path.join(process.cwd(), "node_modules/next/dist/compiled/@vercel/og/Geist-Regular.ttf");

export function svgToPng({ svg, scale = 2 }: { svg: string; scale?: number }): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: scale },
    font: {
      loadSystemFonts: true,
      fontFiles: existsSync(GEIST) ? [GEIST] : [],
      defaultFontFamily: "Geist",
      sansSerifFamily: "Liberation Sans",
    },
  });
  return resvg.render().asPng();
}
