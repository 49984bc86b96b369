// A whole Manage page (figures, outlets, sources, events): its head and tabs; "Add" (figures, events)
// or "Merge two duplicates" (outlets, sources); what else the page has; then its records.
import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import type { FormState } from "@/lib/http/handle-form-action";
import { AddRecordForm } from "./add-record-form";
import { ManageHead } from "./manage-head";
import { ManageList, type ListProps, type Stored } from "./manage-list";
import { MergeForm } from "./merge-form";

type Action = (state: FormState, form: FormData) => Promise<FormState>;
type Props<R extends Stored> = ListProps<R> & { children?: ReactNode } & (
    | { page: "figures" | "events"; add: { action: Action; fields: ReactNode }; merge?: never }
    | {
        page: "outlets" | "sources";
        merge: { action: Action; choices: { value: string; label: string }[] };
        add?: never;
      }
  );

export function ManagePage<R extends Stored>(props: Props<R>) {
  const t = useTranslations("manage");
  return (
    <>
      <ManageHead current={props.page} intro={t(`${props.page}.intro`)} />
      {props.add && (
        <AddRecordForm page={props.page} action={props.add.action}>
          {props.add.fields}
        </AddRecordForm>
      )}
      {props.children}
      {props.merge && <MergeForm page={props.page} {...props.merge} />}
      <ManageList
        page={props.page}
        update={props.update}
        records={props.records}
        show={props.show}
        empty={props.empty}
      />
    </>
  );
}
