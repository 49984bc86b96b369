// /import — editors upload a CSV: a dry run first, then all rows in one transaction, or none.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { ImportForm } from "@/components/imports/import-form";
import { PageHead } from "@/components/ui/page-head";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forms.import"))("pageTitle") };
}
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requirePageRole({ need: "editor", path: "/import" });
  const t = await getTranslations("forms.import");
  return (
    <>
      <PageHead title={t("heading")} lead={t("intro")} />
      <ImportForm />
    </>
  );
}
