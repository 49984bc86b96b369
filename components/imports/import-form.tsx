"use client";
// Upload → dry run (every row checked, nothing written) → commit (all rows or none).
// XMLHttpRequest rather than fetch, for upload progress on large files.
import { useState } from "react";
import { toast } from "sonner";

type RowError = { row: number; column: string; message: string };
type DryRun = {
  rows: number;
  toCreate: number;
  alreadyThere: number;
  newFigures: { slug: string; title: string; unit: string; kind: string; isKindDefault: boolean }[];
  newOutlets: { name: string; kind: string }[];
  newSources?: { name: string; kind: string }[];
  preview: { row: number; figureSlug: string; outlet: string; qualifier: string; value: string | null; low: string | null; high: string | null; reportedOn: string; quote: string }[];
  errors: RowError[];
  ignoredColumns?: string[];
  notes?: string[];
};
type Phase = { kind: "idle" } | { kind: "uploading"; loaded: number; total: number } | { kind: "working"; what: string };

function send(file: File, commit: boolean, onPhase: (p: Phase) => void): Promise<{ status: number; body: unknown }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `/api/import${commit ? "?commit=1" : ""}`);
    xhr.setRequestHeader("content-type", "text/csv");
    xhr.upload.onprogress = (e) => onPhase({ kind: "uploading", loaded: e.loaded, total: e.total || file.size });
    xhr.upload.onload = () => onPhase({ kind: "working", what: commit ? "Writing every row in one transaction…" : "Checking every row…" });
    xhr.onload = () => {
      try {
        resolve({ status: xhr.status, body: JSON.parse(xhr.responseText) });
      } catch {
        reject(new Error(`The server answered ${xhr.status}.`));
      }
    };
    xhr.onerror = () => reject(new Error("The upload failed (network)."));
    xhr.send(file);
  });
}

export function ImportForm() {
  const [file, setFile] = useState<File | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [dryRun, setDryRun] = useState<DryRun | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [rowErrors, setRowErrors] = useState<RowError[]>([]);
  const busy = phase.kind !== "idle";

  async function run(commit: boolean) {
    if (!file) return setMessage("Choose a CSV file first.");
    setMessage(null);
    try {
      const { status, body } = await send(file, commit, setPhase);
      const err = (body as { error?: { message: string; rows?: RowError[] } }).error;
      if (err) {
        setMessage(err.message);
        setRowErrors(err.rows ?? []);
        if (!commit) setDryRun(null);
      } else if (commit) {
        const r = body as { created: number; alreadyThere: number; newFigures: number; newOutlets: number };
        toast.success(`Imported ${r.created.toLocaleString("en")} values (${r.alreadyThere.toLocaleString("en")} were already there).`);
        setMessage(`Imported ${r.created} values, ${r.newFigures} new figures and ${r.newOutlets} new outlets; ${r.alreadyThere} rows were already there.`);
        setDryRun(null);
      } else {
        setDryRun(body as DryRun);
        setRowErrors((body as DryRun).errors);
      }
      void status;
    } catch (e) {
      setMessage((e as Error).message);
    } finally {
      setPhase({ kind: "idle" });
    }
  }

  return (
    <div className="import">
      <div className="field">
        <label htmlFor="import-file">CSV file</label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          aria-describedby="import-file-hint"
          onChange={(e) => {
            setFile(e.target.files?.[0] ?? null);
            setDryRun(null);
            setRowErrors([]);
            setMessage(null);
          }}
        />
        <span className="hint" id="import-file-hint">
          The columns of a Tally CSV export (figure_slug, qualifier, value or low/high, reported_on, outlet, cited_sources, quote, …). UTF-8, comma or semicolon, up to 50 MB.
        </span>
      </div>
      <button type="button" className="button" disabled={busy || !file} onClick={() => run(false)}>
        Check file (dry run)
      </button>
      <div aria-live="polite" className="import-status">
        {phase.kind === "uploading" && (
          <p>
            <label>
              Uploading {Math.round((phase.loaded / Math.max(phase.total, 1)) * 100)}% <progress value={phase.loaded} max={phase.total} />
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
        <table className="import-errors">
          <caption>Rows to fix (nothing is imported while any row has an error)</caption>
          <thead>
            <tr>
              <th scope="col">line</th>
              <th scope="col">column</th>
              <th scope="col">problem</th>
            </tr>
          </thead>
          <tbody>
            {rowErrors.map((e, i) => (
              <tr key={i}>
                <td>{e.row || ""}</td>
                <td>{e.column}</td>
                <td>{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {dryRun && (
        <section aria-labelledby="dry-run-title" className="import-preview">
          <h2 id="dry-run-title">Dry run: nothing has been written yet</h2>
          <p data-testid="dry-run-summary">
            {dryRun.rows.toLocaleString("en")} rows: {dryRun.toCreate.toLocaleString("en")} new values to create, {dryRun.alreadyThere.toLocaleString("en")} already there
            {dryRun.errors.length ? `, ${dryRun.errors.length} errors` : ""}.
          </p>
          {(dryRun.notes?.length ?? 0) > 0 && (
            <ul className="import-notes" data-testid="import-notes" aria-label="Read as">
              {dryRun.notes!.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          )}
          {dryRun.newFigures.length > 0 && (
            <p>
              New figures:{" "}
              {dryRun.newFigures
                .map((f) => `${f.title} (${f.slug}, ${f.unit}, kind: ${f.kind}${f.isKindDefault ? " — the file gives no figure_kind, so level is assumed" : ""})`)
                .join("; ")}
            </p>
          )}
          {(dryRun.ignoredColumns?.length ?? 0) > 0 && (
            <p data-testid="ignored-columns">
              Ignored: {dryRun.ignoredColumns!.join(", ")}. Every row will be logged by you, now, and wait for a check (only an admin&apos;s
              restore keeps who logged and checked a value).
            </p>
          )}
          {dryRun.newOutlets.length > 0 && <p>New outlets: {dryRun.newOutlets.map((o) => o.name).join("; ")}</p>}
          {(dryRun.newSources?.length ?? 0) > 0 && <p>New sources: {dryRun.newSources!.map((o) => `${o.name} (${o.kind})`).join("; ")}</p>}
          {dryRun.preview.length > 0 && (
            <table>
              <caption>First {dryRun.preview.length} values to create</caption>
              <thead>
                <tr>
                  <th scope="col">line</th>
                  <th scope="col">figure</th>
                  <th scope="col">outlet</th>
                  <th scope="col">value</th>
                  <th scope="col">reported</th>
                  <th scope="col">quote</th>
                </tr>
              </thead>
              <tbody>
                {dryRun.preview.map((p) => (
                  <tr key={p.row}>
                    <td>{p.row}</td>
                    <td>{p.figureSlug}</td>
                    <td>{p.outlet}</td>
                    <td>{p.qualifier === "range" ? `${p.low ?? "…"}–${p.high ?? "…"}` : `${p.qualifier.replace("_", " ")} ${p.value}`}</td>
                    <td>{p.reportedOn}</td>
                    <td>{p.quote}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <button type="button" className="button" disabled={busy || dryRun.errors.length > 0 || dryRun.toCreate === 0} onClick={() => run(true)}>
            Import {dryRun.toCreate.toLocaleString("en")} values
          </button>
        </section>
      )}
    </div>
  );
}
