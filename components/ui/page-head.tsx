// The head of a page: where it sits (a link back up), its heading, a line on what it is for, and
// the page's own actions beside them.
import type { ReactNode } from "react";

type Props = { title: ReactNode; lead?: ReactNode; back?: ReactNode; children?: ReactNode };

export function PageHead({ title, lead, back, children }: Props) {
  return (
    <div className="page-head">
      <div>
        {back && <p className="topic-tag">{back}</p>}
        <h1>{title}</h1>
        {lead && <p className="muted">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
