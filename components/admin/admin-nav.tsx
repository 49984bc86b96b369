// Tabs between the admin pages.
import Link from "next/link";
import { useTranslations } from "next-intl";

const TABS = [
  { key: "users", href: "/admin/users" },
  { key: "settings", href: "/admin/settings" },
  { key: "webhooks", href: "/admin/webhooks" },
] as const;

export function AdminNav({ current }: { current: (typeof TABS)[number]["key"] }) {
  const t = useTranslations("admin");
  return (
    <nav aria-label={t("nav")} className="tabs">
      {TABS.map((tab) => (
        <Link key={tab.key} href={tab.href} aria-current={tab.key === current ? "page" : undefined}>
          {t(`tabs.${tab.key}`)}
        </Link>
      ))}
    </nav>
  );
}
