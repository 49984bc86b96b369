// A titled panel on a Manage page ("Cited text to confirm", "Add a source", "Merge two duplicates").
import type { ReactNode } from "react";

export function ManagePanel({ id, title, children }: { id: string; title: ReactNode; children: ReactNode }) {
  return (
    <section className="panel" aria-labelledby={id}>
      <h2 id={id} style={{ marginTop: 0 }}>
        {title}
      </h2>
      {children}
    </section>
  );
}
