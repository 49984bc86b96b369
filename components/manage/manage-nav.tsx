import { useTranslations } from "next-intl";
import Link from "next/link";

export const MANAGE_PAGES = ["figures", "topics", "outlets", "sources", "events"] as const;
export type ManagePage = (typeof MANAGE_PAGES)[number];

export function ManageNav({ current }: { current: ManagePage }) {
  const t = useTranslations("manage");
  return (
    <nav aria-label={t("nav")} className="chips">
      {MANAGE_PAGES.map((page) => (
        <Link key={page} href={`/manage/${page}`} className="chip" aria-current={page === current ? "page" : undefined}>
          {t("tab", { page })}
        </Link>
      ))}
    </nav>
  );
}
