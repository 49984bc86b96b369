// A table of records: a caption (for screen readers unless shown), column heads, and the rows
// as children. It scrolls sideways inside its box on a phone rather than pushing the page wider,
// and the box is focusable so the keyboard can scroll it.
import type { ReactNode } from "react";

type Props = {
  caption: string;
  showCaption?: boolean;
  head: ReactNode[];
  /** The last column's head when it holds a row's buttons: heard by screen readers, not shown. */
  actionsHead?: string;
  className?: string;
  testId?: string;
  children: ReactNode;
};

export function DataTable({ caption, showCaption, head, actionsHead, className, testId, children }: Props) {
  return (
    <div className="table-wrap" tabIndex={0} role="region" aria-label={caption}>
      <table className={className} data-testid={testId}>
        <caption className={showCaption ? undefined : "sr-only"}>{caption}</caption>
        <thead>
          <tr>
            {head.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
            {actionsHead && (
              <th scope="col">
                <span className="sr-only">{actionsHead}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
