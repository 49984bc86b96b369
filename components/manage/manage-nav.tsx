import Link from "next/link";

const PAGES = [
  { key: "figures", href: "/manage/figures", label: "Figures" },
  { key: "outlets", href: "/manage/outlets", label: "Outlets" },
  { key: "sources", href: "/manage/sources", label: "Sources" },
  { key: "events", href: "/manage/events", label: "Events" },
] as const;

export function ManageNav({ current }: { current: (typeof PAGES)[number]["key"] }) {
  return (
    <nav aria-label="Manage" className="chips">
      {PAGES.map((p) => (
        <Link key={p.key} href={p.href} className="chip" aria-current={p.key === current ? "page" : undefined}>
          {p.label}
        </Link>
      ))}
    </nav>
  );
}
