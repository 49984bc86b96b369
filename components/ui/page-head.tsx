// The head of a page: where it sits (a link back up), its heading, a line on what it is for, and
// the page's own actions beside them.
import Link from "next/link";
import { Fragment, type ReactNode } from "react";

/** A link up: the page (or pages, nearest last) this one sits under. */
type Up = { href: string; label: ReactNode };
type Props = { title: ReactNode; lead?: ReactNode; back?: Up[]; children?: ReactNode };

export function PageHead({ title, lead, back, children }: Props) {
  return (
    <div className="page-head">
      <div>
        {back && (
          <p className="topic-tag">
            {back.map((up, i) => (
              <Fragment key={up.href}>
                {i > 0 && " · "}
                <Link href={up.href}>{up.label}</Link>
              </Fragment>
            ))}
          </p>
        )}
        <h1>{title}</h1>
        {lead && <p className="muted">{lead}</p>}
      </div>
      {children}
    </div>
  );
}
