import type { Metadata } from "next";
import Link from "next/link";
import type { ReactNode } from "react";
import { AlertsNavLink } from "@/components/monitoring/alert-badge";
import { UserMenu } from "@/components/auth/user-menu";
import { hasRole } from "@/lib/auth/actor";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { Providers } from "./providers";
import { signOutAction } from "./sign-in/actions";
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
        <Providers>
          <header className="site-header">
            <Link href="/" className="brand">
              Tally
            </Link>
            <nav aria-label="Main">
              <Link href="/">Figures</Link>
              <Link href="/compare">Compare</Link>
              {actor && hasRole(actor, "editor") && <Link href="/log">Log a value</Link>}
              {actor && hasRole(actor, "editor") && <Link href="/review">Review</Link>}
              <AlertsNavLink />
              <Link href="/digest">Digest</Link>
              {actor && hasRole(actor, "editor") && <Link href="/manage/figures">Manage</Link>}
              {actor && hasRole(actor, "editor") && <Link href="/import">Import</Link>}
              <a href="/api/docs">API</a>
            </nav>
            <UserMenu actor={actor} signOutAction={signOutAction} />
          </header>
          <main id="main">{children}</main>
        </Providers>
      </body>
    </html>
  );
}
