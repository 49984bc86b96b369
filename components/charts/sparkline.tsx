"use client";
// A tiny trend line for a dashboard card. Decorative: the card states the value in words, so it is
// aria-hidden and must hold nothing focusable (no accessibility layer, which adds a tab stop).
import { Line, LineChart, ResponsiveContainer, YAxis } from "recharts";
import type { SparkPoint } from "@/lib/figures/sparkline";

export function Sparkline({ points }: { points: SparkPoint[] }) {
  if (points.length < 2) return <div style={{ height: 40 }} aria-hidden="true" />;
  return (
    <div style={{ height: 40 }} aria-hidden="true">
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={points} accessibilityLayer={false} margin={{ top: 4, right: 2, bottom: 4, left: 2 }}>
          <YAxis hide domain={["dataMin", "dataMax"]} />
          <Line type="stepAfter" dataKey="y" stroke="#0b5cad" strokeWidth={2} dot={false} isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </div>
  );
}
