// Manage → Figures: add a figure, or edit one (title, unit, kind, topics; version-checked).
import type { Metadata } from "next";
import Link from "next/link";
import { useTranslations } from "next-intl";
import { getLocale, getTranslations } from "next-intl/server";
import { ManagePage } from "@/components/manage/manage-page";
import { SelectField, TextField } from "@/components/manage/fields";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { listFigureRecords, type FigureRecord } from "@/lib/figures/list-figure-records";
import { FIGURE_KINDS } from "@/lib/figures/schemas";
import { getTopicNames } from "@/lib/topics/get-topic-names";
import { topicName } from "@/lib/topics/topic-names";
import { createFigureAction, updateFigureAction } from "../actions";
import { ArchiveFigureForm } from "@/components/manage/archive-figure-form";
import { archiveFigureAction } from "./actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title", { page: "figures" }) };
}

/** The figure form's fields (lib/figures/figure-form.ts reads them); the slug only when adding. */
function FigureFields({ f, prefix }: { f?: FigureRecord; prefix: string }) {
  const t = useTranslations("manage.field");
  const tk = useTranslations("kinds");
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <div className="row">
      <TextField id={id("title")} name="title" label={t("title")} required minLength={3} defaultValue={f?.title} />
      {!f && (
        <TextField
          id={id("slug")}
          name="slug"
          label={t("slug")}
          required
          pattern="[a-z0-9]+(-[a-z0-9]+)*"
          placeholder="us-aid-colombia"
        />
      )}
      <TextField
        id={id("unit")}
        name="unit"
        label={t("unit")}
        required
        defaultValue={f?.unit}
        placeholder={t("unitPlaceholder")}
      />
      <SelectField
        id={id("kind")}
        name="kind"
        label={t("kind")}
        defaultValue={f?.kind ?? "cumulative"}
        choices={FIGURE_KINDS.map((kind) => ({ value: kind, label: tk("label", { kind }) }))}
      />
      <TextField id={id("topics")} name="topics" label={t("topics")} defaultValue={f?.topics.join(", ")} />
      <TextField id={id("description")} name="description" label={t("description")} defaultValue={f?.description} />
      <TextField
        id={id("titleEs")}
        name="titleEs"
        label={t("titleEs")}
        lang="es"
        minLength={3}
        defaultValue={f?.translations.es?.title}
      />
      <TextField
        id={id("descriptionEs")}
        name="descriptionEs"
        label={t("descriptionEs")}
        lang="es"
        defaultValue={f?.translations.es?.description}
      />
    </div>
  );
}

export default async function ManageFiguresPage() {
  await requirePageRole({ need: "editor", path: "/manage/figures" });
  const [figures, topicNames, locale] = await Promise.all([listFigureRecords({}), getTopicNames({}), getLocale()]);
  const t = await getTranslations("manage");
  const tk = await getTranslations("kinds");
  return (
    <ManagePage
      page="figures"
      add={{ action: createFigureAction, fields: <FigureFields prefix="new" /> }}
      update={updateFigureAction}
      records={figures}
      show={(f) => ({
        name: f.title,
        href: `/figures/${f.slug}`,
        meta: (
          <>
            {f.unit} · {tk("label", { kind: f.kind })} ·{" "}
            {f.topics.map((tp) => topicName(tp, topicNames, locale)).join(", ") || t("noTopic")} ·{" "}
            {t("version", { version: f.version })} · <Link href={`/figures/${f.slug}/history`}>{t("history")}</Link>
          </>
        ),
        fields: <FigureFields f={f} prefix={f.id} />,
        more: <ArchiveFigureForm figure={f} action={archiveFigureAction} />,
      })}
    />
  );
}
