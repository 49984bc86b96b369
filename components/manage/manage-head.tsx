// The head of every Manage page: its heading, what the page is for, and the tabs between them.
import { useTranslations } from "next-intl";
import { ManageNav, type ManagePage } from "./manage-nav";
import { PageHead } from "@/components/ui/page-head";

export function ManageHead({ current, intro }: { current: ManagePage; intro: string }) {
  const t = useTranslations("manage");
  return (
    <>
      <PageHead title={t("heading")} lead={intro} />
      <ManageNav current={current} />
    </>
  );
}
