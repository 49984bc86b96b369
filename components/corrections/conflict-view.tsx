"use client";
// Shown when a save was refused because another editor saved first: their stored values beside
// the ones typed here, field by field, the differing ones marked. The editor can put theirs on
// top of the new version (a fresh save against it) or keep what is stored. When the version the
// editor opened is known, MergeView shows the three-way merge instead (only fields both changed).
import { useLocale, useTranslations } from "next-intl";
import Link from "next/link";
import { useEffect, useRef } from "react";
import type { EditState } from "@/lib/observations/edit-state";
import { formatDate } from "@/lib/format/format-date";
import {
  EDIT_FIELDS,
  sameFieldValue,
  toFormValues,
  type ObservationFormValues,
} from "@/lib/observations/observation-form";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { HiddenEditFields, useEditWords } from "./edit-values";
import { MergeView } from "./merge-view";
import { DataTable } from "@/components/ui/data-table";

type Props = {
  conflict: NonNullable<EditState["conflict"]>;
  mine: ObservationFormValues & { reason?: string };
  outlets: OutletOption[];
  formAction: (form: FormData) => void;
  isPending: boolean;
};

export function ConflictView({ conflict, mine, outlets, formAction, isPending }: Props) {
  const t = useTranslations("forms.conflict");
  const locale = useLocale();
  const { current } = conflict;
  const theirs = toFormValues(current);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), [conflict]);
  const rows = EDIT_FIELDS.map((f) => ({
    name: f.name,
    theirs: theirs[f.name],
    mine: mine[f.name] ?? "",
    differs: !sameFieldValue(f.name, theirs[f.name], mine[f.name] ?? ""),
  }));
  const differing = rows.filter((r) => r.differs).length;
  const when = conflict.at ? t("when", { date: formatDate(conflict.at, locale), time: conflict.at.slice(11, 16) }) : "";
  return (
    <section className="conflict" aria-labelledby="conflict-title" data-testid="edit-conflict">
      <h2 id="conflict-title" tabIndex={-1} ref={headingRef}>
        {t("heading")}
      </h2>
      <p>
        {t.rich("savedBy", {
          by: conflict.by,
          version: current.version,
          when,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}{" "}
        {!conflict.merge && t("compare", { count: differing })}
      </p>
      {current.status === "retracted" && (
        <p className="form-error">{t("retractedSince", { reason: current.statusReason ?? "" })}</p>
      )}
      {conflict.merge && current.status !== "retracted" ? (
        <MergeView
          conflict={conflict}
          merge={conflict.merge}
          mine={mine}
          outlets={outlets}
          formAction={formAction}
          isPending={isPending}
        />
      ) : (
        <TwoWay
          rows={rows}
          outlets={outlets}
          conflict={conflict}
          mine={mine}
          formAction={formAction}
          isPending={isPending}
        />
      )}
    </section>
  );
}

type Row = { name: string; theirs: string; mine: string; differs: boolean };

/** Without the opened version: stored beside typed, and keeping theirs is the first choice. */
function TwoWay(props: Omit<Props, "mine"> & { rows: Row[]; mine: Props["mine"] }) {
  const { rows, outlets, conflict, mine, formAction, isPending } = props;
  const t = useTranslations("forms.conflict");
  const { shown, label } = useEditWords(outlets);
  const { current } = conflict;
  return (
    <>
      <DataTable
        caption={t("caption")}
        head={[t("field"), t("storedNow", { version: current.version, by: conflict.by }), t("yours")]}
      >
        {rows.map((r) => (
          <tr key={r.name} className={r.differs ? "differs" : undefined} data-field={r.name}>
            <th scope="row">
              {label(r.name)}
              {r.differs && <span className="differs-tag">{t("differs")}</span>}
            </th>
            <td>{shown(r.name, r.theirs)}</td>
            <td>{shown(r.name, r.mine)}</td>
          </tr>
        ))}
      </DataTable>
      <form action={formAction} className="form-actions">
        {/* Yours, saved against the version that is stored now: a deliberate overwrite. */}
        <HiddenEditFields id={current.id} version={current.version} values={mine} reason={mine.reason} />
        <Link className="button" href={`/observations/${current.id}`}>
          {t("keepTheirs")}
        </Link>
        <a className="button secondary" href={`/observations/${current.id}/edit`}>
          {t("editAgain")}
        </a>
        <button className="button secondary" disabled={isPending}>
          {t("applyMine", { version: current.version })}
        </button>
      </form>
    </>
  );
}
