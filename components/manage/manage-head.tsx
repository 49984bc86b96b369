// The head of every Manage page: its heading, what the page is for, and the tabs between them.
import { useTranslations } from "next-intl";
import { ManageNav, type ManagePage } from "./manage-nav";

export function ManageHead({ current, intro }: { current: ManagePage; intro: string }) {
  const t = useTranslations("manage");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t("heading")}</h1>
          <p className="muted">{intro}</p>
        </div>
      </div>
      <ManageNav current={current} />
    </>
  );
}
