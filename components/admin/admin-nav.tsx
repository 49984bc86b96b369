// Tabs between the admin pages.
import Link from "next/link";

const TABS = [
  { key: "users", href: "/admin/users", label: "People" },
  { key: "settings", href: "/admin/settings", label: "Settings" },
] as const;

export function AdminNav({ current }: { current: (typeof TABS)[number]["key"] }) {
  return (
    <nav aria-label="Admin" className="tabs">
      {TABS.map((t) => (
        <Link key={t.key} href={t.href} aria-current={t.key === current ? "page" : undefined}>
          {t.label}
        </Link>
      ))}
    </nav>
  );
}
