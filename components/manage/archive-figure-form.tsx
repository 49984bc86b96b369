// Manage → Figures: one small form per figure to archive the story (with a note saying why) or
// follow it again. The action comes from the page: components never import app/.
import { getLocale, getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/ui/action-form";
import type { FigureRecord } from "@/lib/figures/list-figure-records";
import { formatDate } from "@/lib/format/format-date";
import type { FormState } from "@/lib/http/handle-form-action";

type Props = { figure: FigureRecord; action: (prev: FormState, form: FormData) => Promise<FormState> };

export async function ArchiveFigureForm({ figure, action }: Props) {
  const [t, locale] = await Promise.all([getTranslations("archive"), getLocale()]);
  const id = (name: string) => `archive-${figure.id}-${name}`;
  return (
    <details className="archive-figure">
      <summary>
        {t("manageState", {
          archived: figure.archived ? "true" : "false",
          date: figure.archived ? formatDate(figure.archived.at.slice(0, 10), locale) : "",
        })}
      </summary>
      <ActionForm action={action} className="stack" aria-label={`${t("manageLegend")}: ${figure.title}`}>
        <input type="hidden" name="id" value={figure.id} />
        <input type="hidden" name="version" value={figure.version} />
        <label className="check" htmlFor={id("archived")}>
          <input id={id("archived")} type="checkbox" name="archived" defaultChecked={figure.archived !== null} />{" "}
          {t("manageArchived")}
        </label>
        <div className="field">
          <label htmlFor={id("note")}>{t("manageNote")}</label>
          <input id={id("note")} name="note" maxLength={500} defaultValue={figure.archived?.note ?? ""} />
        </div>
        <div>
          <button className="button secondary">{t("manageSave")}</button>
        </div>
      </ActionForm>
    </details>
  );
}
