// A CSV file as uploaded → header + records, or a clear refusal: too big, not UTF-8, missing
// columns. Takes a BOM, CRLF or LF, quoted newlines, and `,` or `;` as separator (spreadsheets
// in many locales save with `;`). Bounded: a row holds at most MAX_RECORD_CHARS, and the text is
// fed to the parser in chunks with a turn of the event loop between them, so a 50 MB file (or
// one 20 MB quoted field) never stalls other requests.
import { parse as parseStream } from "csv-parse";
import { parse } from "csv-parse/sync";
import { AppError } from "../errors";

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;
/** The longest row (all its fields together) an import reads: far above any real quote. */
export const MAX_RECORD_CHARS = 100_000;
const CHUNK_CHARS = 256 * 1024;
export const REQUIRED_COLUMNS = [
  "figure_slug",
  "qualifier",
  "reported_on",
  "outlet",
  "cited_sources",
  "quote",
] as const;

export type ParsedCsv = { columns: string[]; records: Record<string, string>[]; delimiter: "," | ";" };

export async function parseImportCsv(bytes: Uint8Array): Promise<ParsedCsv> {
  if (bytes.byteLength > MAX_IMPORT_BYTES)
    throw new AppError(
      "payload_too_large",
      `The file is ${(bytes.byteLength / 1048576).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1048576} MB. Split it into smaller files.`,
    );
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes); // strips a BOM
  } catch {
    throw new AppError("bad_request", "The file is not UTF-8 text. Save it as “CSV UTF-8” and upload it again.");
  }
  if (text.trim() === "") throw new AppError("bad_request", "The file is empty.");
  const nul = text.indexOf("\u0000");
  if (nul >= 0)
    throw new AppError(
      "bad_request",
      `The file holds a NUL character (line ${text.slice(0, nul).split("\n").length}); save it again as CSV text.`,
    );
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ";" : ",";
  let records: Record<string, string>[];
  try {
    records = await parseInChunks(text, delimiter);
  } catch (e) {
    const line = (e as { lines?: number }).lines;
    if ((e as { code?: string }).code === "CSV_MAX_RECORD_SIZE") {
      throw new AppError(
        "payload_too_large",
        `A row is longer than ${MAX_RECORD_CHARS.toLocaleString("en")} characters${line ? ` (around line ${line})` : ""}.`,
      );
    }
    throw new AppError(
      "bad_request",
      `The file is not valid CSV${line ? ` (around line ${line})` : ""}: ${(e as Error).message.replace(/^Invalid \w+:? ?/, "")}`,
    );
  }
  const columns =
    firstLine === "" ? [] : (parse(firstLine, { delimiter })[0] as string[]).map((c) => c.trim().toLowerCase());
  const missing = REQUIRED_COLUMNS.filter((c) => !columns.includes(c));
  if (!columns.some((c) => c === "value" || c === "low" || c === "high")) missing.push("value" as never);
  if (missing.length) {
    throw new AppError(
      "validation_failed",
      `The file lacks ${missing.length === 1 ? "a required column" : "required columns"}: ${missing.join(", ")}. Use the columns of a Tally CSV export.`,
      {
        columns: missing.map((c) => `Missing column “${c}”.`),
      },
    );
  }
  return { columns, records, delimiter };
}

async function parseInChunks(text: string, delimiter: string): Promise<Record<string, string>[]> {
  const records: Record<string, string>[] = [];
  const parser = parseStream({
    columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()),
    delimiter,
    skip_empty_lines: true,
    relax_column_count: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  let failure: unknown = null;
  parser.on("readable", () => {
    for (let r = parser.read(); r !== null; r = parser.read()) records.push(r);
  });
  const done = new Promise<void>((resolve, reject) => {
    parser.on("end", resolve);
    parser.on("error", (e) => {
      failure = e;
      reject(e);
    });
  });
  done.catch(() => undefined); // awaited below; keep an early error from being "unhandled"
  for (let at = 0; at < text.length && !failure; at += CHUNK_CHARS) {
    parser.write(text.slice(at, at + CHUNK_CHARS));
    await new Promise((resolve) => setImmediate(resolve)); // let other requests run
  }
  if (failure) throw failure;
  parser.end();
  await done;
  return records;
}

/** Undo the export's formula neutralising: "'=1+1" was "=1+1". */
export function unneutralize(cell: string): string {
  return /^'[=+\-@\t\r]/.test(cell) ? cell.slice(1) : cell;
}
