// Manage → Sources: confirm which source each cited text names (or make a new source from it),
// add, edit and merge sources — as outlets are managed.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ManagePage } from "@/components/manage/manage-page";
import { DirectoryFields, SelectField, TextAreaField, TextField } from "@/components/manage/fields";
import { ManagePanel } from "@/components/manage/manage-panel";
import { RecordItem } from "@/components/manage/record-item";
import { ActionForm } from "@/components/ui/action-form";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { SOURCE_KINDS } from "@/lib/sources/directory";
import { listAllSources } from "@/lib/sources/list-all-sources";
import { listCitedTexts } from "@/lib/sources/list-cited-texts";
import { addSourceAction, confirmCitationsAction, mergeSourcesAction, updateSourceAction } from "../actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title", { page: "sources" }) };
}

export default async function ManageSourcesPage() {
  await requirePageRole({ need: "editor", path: "/manage/sources" });
  const [sources, texts] = await Promise.all([listAllSources({}), listCitedTexts({})]);
  const t = await getTranslations("manage");
  const td = await getTranslations("directory");
  const kindOf = (kind: (typeof SOURCE_KINDS)[number]) => td("sourceKind", { kind });
  const live = sources
    .filter((s) => !s.mergedIntoId)
    .map((s) => ({ value: s.id, label: `${s.name} (${kindOf(s.kind)})` }));
  const kinds = SOURCE_KINDS.map((kind) => ({ value: kind, label: kindOf(kind) }));
  const toConfirm = texts.filter((x) => !x.isConfirmed);
  return (
    <ManagePage
      page="sources"
      merge={{ action: mergeSourcesAction, choices: live }}
      update={updateSourceAction}
      records={sources}
      show={(s) => ({
        name: s.name,
        meta: [kindOf(s.kind), t("citations", { count: s.citationCount }), t("version", { version: s.version })].join(
          " · ",
        ),
        about: <p className="muted small">{t("sources.aliases", { list: s.aliases.join("; ") || t("none") })}</p>,
        fields: (
          <>
            <DirectoryFields record={s} kinds={kinds} />
            <TextAreaField
              id={`${s.id}-aliases`}
              name="aliases"
              label={t("field.aliases")}
              rows={3}
              defaultValue={s.aliases.join("; ")}
            />
          </>
        ),
      })}
    >
      <ManagePanel id="confirm-title" title={t("sources.toConfirm", { count: toConfirm.length })}>
        {toConfirm.length === 0 && <p className="muted">{t("sources.allConfirmed")}</p>}
        <ul className="manage-list">
          {toConfirm.map((c, i) => (
            <RecordItem
              key={`${c.text}-${c.source?.id ?? "none"}`}
              data-testid="cited-text"
              name={
                <strong>
                  <q>{c.text}</q>
                </strong>
              }
              meta={`${t("reports", { count: c.uses })} · ${c.source ? t("sources.proposed", { name: c.source.name }) : t("sources.noMatch")}`}
            >
              <ActionForm
                action={confirmCitationsAction}
                className="row"
                aria-label={t("sources.confirmLabel", { text: c.text })}
              >
                <input type="hidden" name="text" value={c.text} />
                <SelectField
                  id={`confirm-${i}`}
                  name="sourceId"
                  label={t("sources.itIs")}
                  choices={live}
                  placeholder={t("sources.pick")}
                  defaultValue={c.source?.id ?? ""}
                />
                <TextField
                  id={`confirm-${i}-new`}
                  name="newName"
                  label={t("sources.orNew")}
                  placeholder={c.source ? "" : c.text}
                />
                <SelectField
                  id={`confirm-${i}-kind`}
                  name="newKind"
                  label={t("field.kind")}
                  choices={kinds}
                  defaultValue="other"
                />
                <div>
                  <button className="button">{t("sources.confirm")}</button>
                </div>
              </ActionForm>
            </RecordItem>
          ))}
        </ul>
      </ManagePanel>
      <ManagePanel id="add-title" title={t("sources.add")}>
        <ActionForm action={addSourceAction} className="stack" aria-label={t("sources.add")}>
          <div className="row">
            <TextField id="add-name" name="name" label={t("field.name")} required minLength={2} />
            <SelectField id="add-kind" name="kind" label={t("field.kind")} choices={kinds} defaultValue="other" />
            <TextField id="add-aliases" name="aliases" label={t("field.aliases")} />
          </div>
          <div>
            <button className="button">{t("sources.addButton")}</button>
          </div>
        </ActionForm>
      </ManagePanel>
    </ManagePage>
  );
}
