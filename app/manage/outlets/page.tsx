// Manage → Outlets: rename or reclassify an outlet (version-checked), and merge duplicates.
import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { DirectoryFields } from "@/components/manage/fields";
import { ManagePage } from "@/components/manage/manage-page";
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
    <ManagePage
      page="outlets"
      merge={{ action: mergeOutletsAction, choices: live }}
      update={updateOutletAction}
      records={outlets}
      show={(o) => ({
        name: o.name,
        meta: [
          td("outletKind", { kind: o.kind }),
          o.domains.join(", ") || t("noDomain"),
          t("values", { count: o.observationCount }),
          t("version", { version: o.version }),
        ].join(" · "),
        fields: <DirectoryFields record={o} kinds={kinds} />,
      })}
    />
  );
}
