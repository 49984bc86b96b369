import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { UserMenu } from "@/components/auth/user-menu";
import { hasRole } from "@/lib/auth/actor";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { Providers } from "./providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Tally", template: "%s · Tally" },
  description: "Reported figures that change over time: who reported what, citing whom, and when.",
};

export default async function RootLayout({ children }: { children: ReactNode }) {
  const actor = await getPageActor();
  return (
    <html lang="en">
      <body>
        <a className="skip-link" href="#main">
          Skip to content
        </a>
        <header className="site-header">
          <Link href="/" className="brand">
            Tally
          </Link>
          <nav aria-label="Main">
            <Link href="/">Figures</Link>
            {actor && hasRole(actor, "editor") && <Link href="/log">Log a value</Link>}
            <a href="/api/figures">JSON API</a>
          </nav>
          <UserMenu actor={actor} />
        </header>
        <Providers>
          <main id="main">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
