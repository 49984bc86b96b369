// A plain data table with its caption shown: rows of cells (the import's errors and preview).
import type { ReactNode } from "react";
import { DataTable } from "./data-table";

type Props = {
  caption: string;
  head: string[];
  rows: { key: string | number; cells: ReactNode[] }[];
  className?: string;
};

export function SimpleTable({ caption, head, rows, className }: Props) {
  return (
    <DataTable caption={caption} showCaption head={head} className={className}>
      {rows.map((r) => (
        <tr key={r.key}>
          {r.cells.map((c, i) => (
            <td key={i}>{c}</td>
          ))}
        </tr>
      ))}
    </DataTable>
  );
}
