// Log a reported value from anywhere: pick the figure (or create it), then the figure's log form.
import { getTranslations } from "next-intl/server";
import type { Metadata } from "next";
import Link from "next/link";
import { FigurePicker } from "@/components/log/figure-picker";
import { NewFigureForm } from "@/components/log/new-figure-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listFigureOptions } from "@/lib/figures/list-figure-options";
import { createFigureAction } from "./actions";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("log"))("pageTitle") };
}

export default async function GlobalLogPage() {
  await requirePageRole({ need: "editor", path: "/log" });
  const [figures, t, tl] = await Promise.all([
    listFigureOptions({}),
    getTranslations("logStart"),
    getTranslations("log"),
  ]);
  return (
    <>
      <PageHead
        title={tl("heading")}
        lead={
          <>
            {t("intro")} <Link href="/log/article">{t("wholeArticle")}</Link>.
          </>
        }
      />
      <FigurePicker figures={figures} />
      <h2>{t("orCreate")}</h2>
      <NewFigureForm action={createFigureAction} />
    </>
  );
}
