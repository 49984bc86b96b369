"use client";
// The three-way conflict screen: the version the editor opened, what another editor saved since
// (with their reason) and what this editor typed (with theirs). Fields only one side changed are
// already merged; each field both changed gets an explicit choice, and the default keeps the
// other editor's value, so saving without choosing never undoes a colleague's correction.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useState } from "react";
import type { EditState } from "@/lib/observations/edit-state";
import type { StaleEditMerge } from "@/lib/observations/stale-edit-error";
import { toFormValues, type ObservationFormValues } from "@/lib/observations/observation-form";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { HiddenEditFields, useEditWords } from "./edit-values";
import { DataTable } from "@/components/ui/data-table";

type Props = {
  conflict: NonNullable<EditState["conflict"]>;
  merge: StaleEditMerge;
  mine: ObservationFormValues & { reason?: string };
  outlets: OutletOption[];
  formAction: (form: FormData) => void;
  isPending: boolean;
};

export function MergeView({ conflict, merge, mine, outlets, formAction, isPending }: Props) {
  const t = useTranslations("forms.merge");
  const tc = useTranslations("forms.conflict");
  const { shown, label } = useEditWords(outlets);
  const { current } = conflict;
  const theirs = toFormValues(current);
  const base = toFormValues(merge.base);
  const [picks, setPicks] = useState<Record<string, "theirs" | "mine">>({});
  const final = { ...merge.merged };
  for (const f of merge.conflicts) if (picks[f] === "mine") final[f] = mine[f] ?? "";
  const theirReasons = merge.theirEdits.filter((e) => e.reason);
  const ownMerged = merge.mineChanged.filter((f) => !merge.conflicts.includes(f));
  const theirMerged = merge.theirsChanged.filter((f) => !merge.conflicts.includes(f) && !merge.mineChanged.includes(f));
  const opened = t("opened", { version: merge.base.version });
  const theirsHead = t("theirs", { version: current.version });
  return (
    <form action={formAction} className="merge">
      <p>
        <strong>{t("bothChanged", { fields: merge.conflicts.map(label).join(", ") })}</strong>{" "}
        {t("choose", { by: conflict.by })}
      </p>
      <DataTable caption={t("caption")} head={[tc("field"), opened, theirsHead, tc("yours"), t("keep")]}>
        {merge.conflicts.map((f) => (
          <tr key={f} className="differs" data-field={f}>
            <th scope="row">{label(f)}</th>
            <td data-label={opened}>{shown(f, base[f])}</td>
            <td data-label={theirsHead}>{shown(f, theirs[f])}</td>
            <td data-label={tc("yours")}>{shown(f, mine[f] ?? "")}</td>
            <td data-label={t("keep")}>
              <fieldset className="pick">
                <legend className="sr-only">{t("keepWhich", { field: label(f) })}</legend>
                <label>
                  <input
                    type="radio"
                    name={`pick-${f}`}
                    checked={picks[f] !== "mine"}
                    onChange={() => setPicks((p) => ({ ...p, [f]: "theirs" }))}
                  />{" "}
                  {t("theirsPick")}
                </label>{" "}
                <label>
                  <input
                    type="radio"
                    name={`pick-${f}`}
                    checked={picks[f] === "mine"}
                    onChange={() => setPicks((p) => ({ ...p, [f]: "mine" }))}
                  />{" "}
                  {t("minePick")}
                </label>
              </fieldset>
            </td>
          </tr>
        ))}
      </DataTable>
      <dl className="merge-reasons">
        <dt>{t("theirReason")}</dt>
        <dd data-testid="their-reason">
          {theirReasons.length ? theirReasons.map((e) => `“${e.reason}” (${e.by})`).join("; ") : t("noReason")}
        </dd>
        <dt>{t("yourReason")}</dt>
        <dd data-testid="your-reason">{mine.reason ? `“${mine.reason}”` : t("noReason")}</dd>
      </dl>
      {(ownMerged.length > 0 || theirMerged.length > 0) && (
        <p className="muted" data-testid="merged-on-their-own">
          {t("mergedOwn", {
            fields: [
              ...ownMerged.map((f) => t("fieldYours", { field: label(f) })),
              ...theirMerged.map((f) => t("fieldTheirs", { field: label(f) })),
            ].join(", "),
          })}
        </p>
      )}
      <HiddenEditFields id={current.id} version={current.version} values={final} reason={mine.reason} />
      <div className="form-actions">
        <button className="button" disabled={isPending}>
          {t("save")}
        </button>
        <Link className="button secondary" href={`/observations/${current.id}`}>
          {t("drop")}
        </Link>
      </div>
    </form>
  );
}
