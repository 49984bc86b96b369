// Log a newly reported value of one figure.
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { LogForm } from "@/components/observations/log-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { getFigure } from "@/lib/figures/get-figure";
import { listOutlets } from "@/lib/outlets/list-outlets";
import { listSources } from "@/lib/sources/list-sources";
import { logObservationAction } from "./actions";
import { orNotFound } from "@/lib/http/or-not-found";
import { unitName } from "@/lib/values/format-value";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("log"))("pageTitle") };
}

export default async function LogPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requirePageRole({ need: "editor", path: `/figures/${slug}/log` });
  const detail = await orNotFound(getFigure({ slug }));
  const [outlets, sources] = await Promise.all([listOutlets({}), listSources({})]);
  const { figure } = detail;
  const [t, locale] = await Promise.all([getTranslations("log"), getLocale()]);
  return (
    <>
      <PageHead
        title={t("heading")}
        lead={<>{t("intro", { unit: unitName(figure.unit, locale) })}</>}
        back={[{ href: `/figures/${figure.slug}`, label: figure.title }]}
      />
      <LogForm
        figure={figure}
        outlets={outlets}
        sources={sources.map(({ id, name, kind, aliases }) => ({ id, name, kind, aliases }))}
        today={new Date().toISOString().slice(0, 10)}
        action={logObservationAction}
      />
    </>
  );
}
