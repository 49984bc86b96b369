import type { Metadata } from "next";
import Link from "next/link";
import { NextIntlClientProvider } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { AlertsNavLink } from "@/components/monitoring/alert-badge";
import { UserMenu } from "@/components/auth/user-menu";
import { LanguageSwitch } from "@/components/i18n/language-switch";
import { SiteMenu } from "@/components/layout/site-menu";
import { hasRole } from "@/lib/auth/actor";
import { clientMessages } from "@/lib/i18n/client-messages";
import { getPageActor } from "@/lib/auth/get-page-actor";
import { Providers } from "./providers";
import { setLocaleAction } from "./language/actions";
import { signOutAction } from "./sign-in/actions";
import "./globals.css";
import "./phone.css";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return { title: { default: "Tally", template: "%s · Tally" }, description: t("description") };
}

export default async function RootLayout({ children }: { children: ReactNode }) {
  const [actor, locale, t, tPhone] = await Promise.all([
    getPageActor(),
    getLocale(),
    getTranslations("layout"),
    getTranslations("phone"),
  ]);
  const isEditor = actor !== null && hasRole(actor, "editor");
  return (
    <html lang={locale}>
      <body>
        <a className="skip-link" href="#main">
          {t("skip")}
        </a>
        <NextIntlClientProvider messages={clientMessages(locale)}>
          <Providers>
            <header className="site-header">
              <Link href="/" className="brand">
                Tally
              </Link>
              <SiteMenu id="site-menu" label={tPhone("menu")}>
                <nav aria-label={t("mainNav")}>
                  <Link href="/">{t("figures")}</Link>
                  <Link href="/compare">{t("compare")}</Link>
                  {isEditor && <Link href="/log">{t("log")}</Link>}
                  {isEditor && <Link href="/review">{t("review")}</Link>}
                  <AlertsNavLink />
                  <Link href="/digest">{t("digest")}</Link>
                  {isEditor && <Link href="/manage/figures">{t("manage")}</Link>}
                  {isEditor && <Link href="/import">{t("import")}</Link>}
                  <a href="/api/docs">{t("api")}</a>
                </nav>
                <UserMenu actor={actor} signOutAction={signOutAction} />
                <LanguageSwitch setLocaleAction={setLocaleAction} />
              </SiteMenu>
            </header>
            <main id="main">{children}</main>
          </Providers>
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
