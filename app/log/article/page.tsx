// Paste a whole article, tick the numbers to log, save them together (one transaction).
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ArticleLogForm } from "@/components/log/article-log-form";
import { SavedValues } from "@/components/log/saved-values";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listFigureOptions } from "@/lib/figures/list-figure-options";
import { listObservationsById } from "@/lib/observations/list-observations-by-id";
import { listOutlets } from "@/lib/outlets/list-outlets";
import { logArticleAction } from "../actions";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("importPage.article"))("title") };
}

export default async function ArticleLogPage({ searchParams }: { searchParams: Promise<{ saved?: string }> }) {
  await requirePageRole({ need: "editor", path: "/log/article" });
  const { saved } = await searchParams;
  const [figures, outlets, savedValues, t] = await Promise.all([
    listFigureOptions({}),
    listOutlets({}),
    listObservationsById({ ids: saved ? saved.split(",") : [] }),
    getTranslations("importPage.article"),
  ]);
  return (
    <>
      <PageHead title={t("title")} lead={t("intro")} back={[{ href: "/log", label: t("back") }]} />
      <SavedValues saved={savedValues} />
      <ArticleLogForm
        key={saved ?? "new"}
        figures={figures}
        outlets={outlets}
        today={new Date().toISOString().slice(0, 10)}
        action={logArticleAction}
      />
    </>
  );
}
