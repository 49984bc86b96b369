// A plain data table: a caption, column heads, rows of cells (the import's errors and preview).
import type { ReactNode } from "react";

type Props = {
  caption: string;
  head: string[];
  rows: { key: string | number; cells: ReactNode[] }[];
  className?: string;
};

export function SimpleTable({ caption, head, rows, className }: Props) {
  return (
    <table className={className}>
      <caption>{caption}</caption>
      <thead>
        <tr>
          {head.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            {r.cells.map((c, i) => (
              <td key={i}>{c}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
