"use client";
// Upload → dry run (every row checked, nothing written) → commit (all rows or none).
// XMLHttpRequest rather than fetch, for upload progress on large files.
import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { toast } from "sonner";
import { SimpleTable } from "@/components/ui/simple-table";
import { translateMessage } from "@/lib/i18n/localize-error";
import { Field } from "@/components/ui/field";

type RowError = { row: number; column: string; message: string };
type DryRun = {
  rows: number;
  toCreate: number;
  alreadyThere: number;
  newFigures: { slug: string; title: string; unit: string; kind: string; isKindDefault: boolean }[];
  newOutlets: { name: string; kind: string }[];
  newSources?: { name: string; kind: string }[];
  preview: {
    row: number;
    figureSlug: string;
    outlet: string;
    qualifier: string;
    value: string | null;
    low: string | null;
    high: string | null;
    reportedOn: string;
    quote: string;
  }[];
  errors: RowError[];
  ignoredColumns?: string[];
  notes?: string[];
};
type Phase =
  { kind: "idle" } | { kind: "uploading"; loaded: number; total: number } | { kind: "working"; what: string };

type Words = ReturnType<typeof useTranslations<"forms.import">>;

function send(
  file: File,
  commit: boolean,
  onPhase: (p: Phase) => void,
  t: Words,
): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/import${commit ? "?commit=1" : ""}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => onPhase({ kind: "uploading", loaded: e.loaded, total: e.total || file.size });
    xhr.upload.onload = () => onPhase({ kind: "working", what: commit ? t("writing") : t("checking") });
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) });
      } catch {
        reject(new Error(t("serverAnswered", { status: xhr.status })));
      }
    };
    xhr.onerror = () => reject(new Error(t("networkFailed")));
    xhr.send(file);
  });
}

export function ImportForm() {
  const t = useTranslations("forms.import");
  const tl = useTranslations("log");
  const locale = useLocale();
  const n = (x: number) => x.toLocaleString(locale);
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const busy = phase.kind !== "idle";

  async function run(commit: boolean) {
    if (!file) return setMessage(t("chooseFirst"));
    setMessage(null);
    try {
      const { body } = await send(file, commit, setPhase, t);
      const err = (body as { error?: { message: string; rows?: RowError[] } }).error;
      if (err) {
        setMessage(err.message);
        setRowErrors(err.rows ?? []);
        if (!commit) setDryRun(null);
      } else if (commit) {
        const r = body as { created: number; alreadyThere: number; newFigures: number; newOutlets: number };
        toast.success(t("importedToast", { created: n(r.created), already: n(r.alreadyThere) }));
        setMessage(
          t("imported", { created: r.created, figures: r.newFigures, outlets: r.newOutlets, already: r.alreadyThere }),
        );
        setDryRun(null);
      } else {
        setDryRun(body as DryRun);
        setRowErrors((body as DryRun).errors);
      }
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setPhase({ kind: "idle" });
    }
  }

  return (
    <div className="import">
      <Field name="import-file" label={t("file")} hint={t("fileHint")}>
        {(a) => (
          <input
            {...a}
            type="file"
            accept=".csv,text/csv"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setDryRun(null);
              setRowErrors([]);
              setMessage(null);
            }}
          />
        )}
      </Field>
      <button type="button" className="button" disabled={busy || !file} onClick={() => run(false)}>
        {t("check")}
      </button>
      <div aria-live="polite" className="import-status">
        {phase.kind === "uploading" && (
          <p>
            <label>
              {t("uploading", { percent: Math.round((phase.loaded / Math.max(phase.total, 1)) * 100) })}{" "}
              <progress value={phase.loaded} max={phase.total} />
            </label>
          </p>
        )}
        {phase.kind === "working" && (
          <p>
            <label>
              {phase.what} <progress />
            </label>
          </p>
        )}
        {message && <p role="alert">{message}</p>}
      </div>
      {rowErrors.length > 0 && (
        <SimpleTable
          className="import-errors"
          caption={t("rowsToFix")}
          head={[t("line"), t("column"), t("problem")]}
          rows={rowErrors.map((e, i) => ({
            key: i,
            cells: [e.row || "", e.column, translateMessage(e.message, locale)],
          }))}
        />
      )}
      {dryRun && (
        <section aria-labelledby="dry-run-title" className="import-preview">
          <h2 id="dry-run-title">{t("dryRunTitle")}</h2>
          <p data-testid="dry-run-summary">
            {t("summary", {
              rows: n(dryRun.rows),
              toCreate: n(dryRun.toCreate),
              already: n(dryRun.alreadyThere),
              errors: dryRun.errors.length,
            })}
          </p>
          {(dryRun.notes?.length ?? 0) > 0 && (
            <ul className="import-notes" data-testid="import-notes" aria-label={t("readAs")}>
              {dryRun.notes!.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {dryRun.newFigures.length > 0 && (
            <p>
              {t("newFigures", {
                list: dryRun.newFigures
                  .map((f) =>
                    t("newFigure", {
                      title: f.title,
                      slug: f.slug,
                      unit: f.unit,
                      kind: f.kind,
                      isDefault: String(f.isKindDefault),
                    }),
                  )
                  .join("; "),
              })}
            </p>
          )}
          {(dryRun.ignoredColumns?.length ?? 0) > 0 && (
            <p data-testid="ignored-columns">{t("ignored", { list: dryRun.ignoredColumns!.join(", ") })}</p>
          )}
          {dryRun.newOutlets.length > 0 && (
            <p>{t("newOutlets", { list: dryRun.newOutlets.map((o) => o.name).join("; ") })}</p>
          )}
          {(dryRun.newSources?.length ?? 0) > 0 && (
            <p>{t("newSources", { list: dryRun.newSources!.map((o) => `${o.name} (${o.kind})`).join("; ") })}</p>
          )}
          {dryRun.preview.length > 0 && (
            <SimpleTable
              caption={t("firstValues", { count: dryRun.preview.length })}
              head={[t("line"), t("figure"), t("outlet"), t("value"), t("reported"), t("quote")]}
              rows={dryRun.preview.map((p) => ({
                key: p.row,
                cells: [
                  p.row,
                  p.figureSlug,
                  p.outlet,
                  p.qualifier === "range"
                    ? `${p.low ?? "…"}–${p.high ?? "…"}`
                    : `${tl("qualifier", { q: p.qualifier })} ${p.value}`,
                  p.reportedOn,
                  p.quote,
                ],
              }))}
            />
          )}
          <button
            type="button"
            className="button"
            disabled={busy || dryRun.errors.length > 0 || dryRun.toCreate === 0}
            onClick={() => run(true)}
          >
            {t("importButton", { count: n(dryRun.toCreate) })}
          </button>
        </section>
      )}
    </div>
  );
}
