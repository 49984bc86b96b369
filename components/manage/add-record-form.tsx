// "Add a figure" / "Add an event" above a Manage list: a RecordForm with no record yet.
import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import type { FormState } from "@/lib/http/handle-form-action";
import { RecordForm } from "./record-form";

type Props = {
  page: "figures" | "events";
  action: (state: FormState, form: FormData) => Promise<FormState>;
  children: ReactNode;
};

export function AddRecordForm({ page, action, children }: Props) {
  const t = useTranslations("manage");
  return (
    <RecordForm
      action={action}
      className="panel manage-new"
      summary={t(`${page}.add`)}
      label={t(`${page}.add`)}
      submit={t(`${page}.addButton`)}
    >
      {children}
    </RecordForm>
  );
}
