// /import — editors upload a CSV: a dry run first, then all rows in one transaction, or none.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { ImportForm } from "@/components/imports/import-form";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("forms.import"))("pageTitle") };
}
export const dynamic = "force-dynamic";

export default async function ImportPage() {
  await requirePageRole({ need: "editor", path: "/import" });
  const t = await getTranslations("forms.import");
  return (
    <>
      <div className="page-head">
        <div>
          <h1>{t("heading")}</h1>
          <p className="muted">{t("intro")}</p>
        </div>
      </div>
      <ImportForm />
    </>
  );
}
