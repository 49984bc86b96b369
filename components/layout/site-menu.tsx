"use client";
// The header's menu on a phone: one "Menu" button (aria-expanded, aria-controls) that shows and
// hides the navigation, the account links and the language switch. Wider screens show them all
// and never see the button (app/phone.css). Without JavaScript, `@media (scripting: none)` shows
// the links wrapped and hides the button, so nothing is out of reach. It closes on navigation
// (it is open only on the page where it was opened), on a link followed inside it, on Escape
// (focus back on the button) and on a tap outside it.
import { usePathname } from "next/navigation";
import { useEffect, useRef, useState, type ReactNode } from "react";

export function SiteMenu({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  const pathname = usePathname();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const isOpen = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!isOpen) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Escape") return;
      setOpenOn(null);
      button.current?.focus();
    };
    const onPointer = (e: PointerEvent) => {
      const target = e.target as Node;
      if (!panel.current?.contains(target) && !button.current?.contains(target)) setOpenOn(null);
    };
    document.addEventListener("keydown", onKey);
    document.addEventListener("pointerdown", onPointer);
    return () => {
      document.removeEventListener("keydown", onKey);
      document.removeEventListener("pointerdown", onPointer);
    };
  }, [isOpen]);
  return (
    <>
      <button
        ref={button}
        type="button"
        className="menu-button"
        aria-expanded={isOpen}
        aria-controls={id}
        onClick={() => setOpenOn(isOpen ? null : pathname)}
      >
        <span aria-hidden="true" className="menu-icon" />
        {label}
      </button>
      <div
        ref={panel}
        id={id}
        className="site-menu"
        data-open={isOpen || undefined}
        // A link to the same page with another query (a topic) does not change the path.
        onClick={(e) => (e.target as HTMLElement).closest("a") && setOpenOn(null)}
      >
        {children}
      </div>
    </>
  );
}
