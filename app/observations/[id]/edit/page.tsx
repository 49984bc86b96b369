// Correct a logged value. The form carries the version it was opened at (see EditForm).
import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { EditForm } from "@/components/corrections/edit-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { getObservation } from "@/lib/observations/get-observation";
import { listOutlets } from "@/lib/outlets/list-outlets";
import { editObservationAction } from "../actions";
import { localizedFigureText } from "@/lib/figures/localized-figure-text";
import { orNotFound } from "@/lib/http/or-not-found";
import { formatReportedValue } from "@/lib/values/format-value";
import { PageHead } from "@/components/ui/page-head";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("observation"))("editTitle") };
}

export default async function EditObservationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requirePageRole({ need: "editor", path: `/observations/${id}/edit` });
  const found = await orNotFound(getObservation({ id }));
  const { observation, figure } = found;
  const [outlets, t, locale] = await Promise.all([listOutlets({}), getTranslations("observation"), getLocale()]);
  return (
    <>
      <PageHead
        title={t("editHeading")}
        lead={t("editIntro")}
        back={[
          { href: `/figures/${figure.slug}`, label: localizedFigureText(figure, locale).title },
          {
            href: `/observations/${observation.id}`,
            label: formatReportedValue({ ...observation, unit: figure.unit }, locale),
          },
        ]}
      />
      {observation.status === "retracted" ? (
        <p className="empty">{t("editRetracted", { reason: observation.statusReason ?? "" })}</p>
      ) : (
        <EditForm observation={observation} unit={figure.unit} outlets={outlets} action={editObservationAction} />
      )}
    </>
  );
}
