// Manage → Outlets: rename or reclassify an outlet (version-checked), and merge duplicates.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RecordForm } from "@/components/manage/record-form";
import { SelectField, TextField } from "@/components/manage/fields";
import { ManageHead } from "@/components/manage/manage-head";
import { MergeForm } from "@/components/manage/merge-form";
import { RecordItem } from "@/components/manage/record-item";
import { requirePageRole } from "@/lib/auth/require-page-role";
import { OUTLET_KINDS } from "@/lib/outlets/schemas";
import { listAllOutlets } from "@/lib/outlets/list-all-outlets";
import { mergeOutletsAction, updateOutletAction } from "../actions";

export const dynamic = "force-dynamic";
export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("manage"))("title", { page: "outlets" }) };
}

export default async function ManageOutletsPage() {
  await requirePageRole({ need: "editor", path: "/manage/outlets" });
  const outlets = await listAllOutlets({});
  const t = await getTranslations("manage");
  const td = await getTranslations("directory");
  const live = outlets
    .filter((o) => !o.mergedIntoId)
    .map((o) => ({ value: o.id, label: `${o.name} (${o.observationCount})` }));
  const kinds = OUTLET_KINDS.map((kind) => ({ value: kind, label: td("outletKind", { kind }) }));
  return (
    <>
      <ManageHead current="outlets" intro={t("outlets.intro")} />
      <MergeForm
        action={mergeOutletsAction}
        label={t("outlets.mergeLabel")}
        duplicateLabel={t("outlets.duplicate")}
        placeholder={t("outlets.pick")}
        choices={live}
      />
      <ul className="manage-list">
        {outlets.map((o) => (
          <RecordItem
            key={o.id}
            data-testid={`outlet-${o.slug}`}
            name={o.name}
            mergedInto={o.mergedIntoName}
            meta={[
              td("outletKind", { kind: o.kind }),
              o.domains.join(", ") || t("noDomain"),
              t("values", { count: o.observationCount }),
              t("version", { version: o.version }),
            ].join(" · ")}
          >
            {!o.mergedIntoId && (
              <RecordForm
                record={o}
                action={updateOutletAction}
                summary={t("edit")}
                label={t("editRecord", { name: o.name })}
                submit={t("outlets.save")}
              >
                <div className="row">
                  <TextField id={`${o.id}-name`} name="name" label={t("field.name")} required defaultValue={o.name} />
                  <SelectField
                    id={`${o.id}-kind`}
                    name="kind"
                    label={t("field.kind")}
                    defaultValue={o.kind}
                    choices={kinds}
                  />
                  <TextField
                    id={`${o.id}-domains`}
                    name="domains"
                    label={t("field.domains")}
                    defaultValue={o.domains.join(", ")}
                  />
                </div>
              </RecordForm>
            )}
          </RecordItem>
        ))}
      </ul>
    </>
  );
}
