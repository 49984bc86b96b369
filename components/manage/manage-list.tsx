// The records of a Manage page (figures, outlets, sources, events): each with its name, a line about
// it and, unless merged away, its "Edit" form (RecordForm: version-checked, keyed by version).
import Link from "next/link";
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/http/handle-form-action";
import type { ManagePage } from "./manage-nav";
import { RecordForm } from "./record-form";
import { RecordItem } from "./record-item";

export type Stored = { id: string; version: number; slug?: string; mergedIntoName?: string | null };

/** How a page shows one record. */
export type Shown = {
  /** Shown, and in the edit form's accessible name ("Edit Reuters"). */
  name: string;
  /** Its own page, when it has one: the name links there. */
  href?: string;
  meta: ReactNode;
  /** The edit form's fields. */
  fields: ReactNode;
  /** Above the edit form. */
  about?: ReactNode;
  /** Below the edit form, e.g. another form. */
  more?: ReactNode;
};

export type ListProps<R extends Stored> = {
  page: ManagePage;
  update: (state: FormState, form: FormData) => Promise<FormState>;
  /** A record with a slug is findable as `figure-<slug>`, `outlet-<slug>`…; one merged away has a badge and no edit form. */
  records: R[];
  show: (record: R) => Shown;
  /** Said instead of an empty list. */
  empty?: string;
};

export function ManageList<R extends Stored>({ page, update, records, show, empty }: ListProps<R>) {
  const t = useTranslations("manage");
  if (records.length === 0 && empty) return <p className="empty">{empty}</p>;
  return (
    <ul className="manage-list">
      {records.map((record) => {
        const r = show(record);
        return (
          <RecordItem
            key={record.id}
            data-testid={record.slug && `${page.slice(0, -1)}-${record.slug}`}
            name={
              r.href ? (
                <Link href={r.href} className="value">
                  {r.name}
                </Link>
              ) : (
                r.name
              )
            }
            mergedInto={record.mergedIntoName}
            meta={r.meta}
          >
            {r.about}
            {!record.mergedIntoName && (
              <RecordForm
                record={record}
                action={update}
                summary={t("edit")}
                label={t("editRecord", { name: r.name })}
                submit={t(`${page}.save`)}
              >
                {r.fields}
              </RecordForm>
            )}
            {r.more}
          </RecordItem>
        );
      })}
    </ul>
  );
}
