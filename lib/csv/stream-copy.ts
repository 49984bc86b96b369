import "server-only";
// COPY (<select>) TO STDOUT WITH (FORMAT csv, HEADER) → a web ReadableStream, with back-pressure
// (PostgreSQL is read only as fast as the client downloads), so memory stays flat at any size.
// If PostgreSQL fails mid-way the stream errors, so the HTTP response is aborted rather than
// ending like a complete file. The connection goes back to the pool only after a clean end.
import { PassThrough, type Readable, Transform } from "node:stream";
import type pg from "pg";
import { to as copyTo } from "pg-copy-streams";
import { fillDisplayColumn } from "./display-column";
import { nextRecordEnd, type QuoteState } from "./next-record-end";

export const UTF8_BOM = "\uFEFF";

/**
 * A Node stream of the CSV bytes; `sql` must be a complete SELECT (trusted text, see observations-sql).
 * `label` starts the statement as a comment, so pg_stat_activity (which keeps only the first 1 kB
 * of a query) says which download a long COPY serves: "tally history.csv us-strikes-deaths".
 */
export async function openCopyCsv(opts: {
  pool: pg.Pool;
  sql: string;
  bom?: boolean;
  columns?: string[];
  label?: string;
}): Promise<Readable> {
  // A first column named display carries a token to format (display-column.ts); it needs the
  // column names given, so COPY writes no header row of its own.
  const hasDisplay = opts.columns?.[0] === "display";
  const client = await opts.pool.connect();
  // Given the column names, the header row goes out at once, before PostgreSQL has sorted
  // anything: the download starts immediately (a sorted 1,000,000-row export takes seconds
  // before its first row). Otherwise PostgreSQL writes it.
  const header = opts.columns ? "" : ", HEADER";
  // CRLF line ends as RFC 4180 asks: PostgreSQL writes \n, so rows are re-terminated below.
  const label = opts.label ? `/* tally ${opts.label.replace(/[^\w .-]/g, "")} */ ` : "";
  const copy = client.query(copyTo(`${label}COPY (${opts.sql}) TO STDOUT WITH (FORMAT csv${header})`));
  const out = new PassThrough({ highWaterMark: 64 * 1024 });
  if (opts.bom) out.write(UTF8_BOM);
  if (opts.columns) out.write(`${opts.columns.join(",")}\r\n`);
  let released = false;
  // A server that goes away mid-COPY may report it on the connection, not on the COPY stream.
  const onConnectionError = (err: Error) => copy.destroy(err);
  client.on("error", onConnectionError);
  const release = (err?: Error) => {
    if (released) return;
    released = true;
    client.removeListener("error", onConnectionError);
    // A connection left mid-COPY is not reusable: destroy it.
    client.release(err ?? undefined);
  };
  const crlf = toCrlf();
  copy.on("error", (err) => {
    release(err);
    out.destroy(err);
  });
  out.on("close", () => {
    if (!copy.readableEnded) {
      copy.destroy();
      release(new Error("export cancelled by the client"));
    }
  });
  copy.on("end", () => release());
  (hasDisplay ? copy.pipe(fillDisplayColumn()) : copy).pipe(crlf).pipe(out);
  return out;
}

/** COPY's record ends (\n) become \r\n; newlines inside quoted fields stay as they are. */
export function toCrlf(): Transform {
  const quotes: QuoteState = { isInside: false };
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const parts: Buffer[] = [];
      let start = 0;
      for (let n = nextRecordEnd(chunk, 0, quotes); n >= 0; n = nextRecordEnd(chunk, start, quotes)) {
        parts.push(chunk.subarray(start, n), CRLF);
        start = n + 1;
      }
      if (start === 0) return done(null, chunk);
      parts.push(chunk.subarray(start));
      done(null, Buffer.concat(parts));
    },
  });
}
const CRLF = Buffer.from("\r\n");

/**
 * The web stream a Response body wants, with back-pressure: the Node stream is read only when
 * the web stream asks (pull). An error, or a close before the end, errors the web stream, so the
 * response is aborted rather than ending like a complete file. Not Readable.toWeb: on Node 20,
 * a body cancelled while a read is under way makes it enqueue into the closed stream, an
 * uncaught "Controller is already closed" (seen when a client drops a download).
 */
export function toWebStream(node: Readable): ReadableStream<Uint8Array> {
  let isDone = false;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const finish = (fn: () => void) => {
          if (isDone) return;
          isDone = true;
          fn();
        };
        node.on("data", (chunk: Buffer) => {
          if (isDone) return;
          // A copy: the chunk may share its memory with Node's buffer pool.
          controller.enqueue(new Uint8Array(chunk));
          if ((controller.desiredSize ?? 0) <= 0) node.pause();
        });
        node.once("end", () => finish(() => controller.close()));
        // `on`, not `once`: a stream may emit a second error while being destroyed.
        node.on("error", (err) => finish(() => controller.error(err)));
        node.once("close", () => finish(() => controller.error(new Error("The export stopped before its end."))));
        node.pause();
      },
      pull() {
        node.resume();
      },
      cancel(reason) {
        isDone = true;
        node.destroy(reason instanceof Error ? reason : undefined);
      },
    },
    { highWaterMark: node.readableHighWaterMark, size: (chunk) => chunk.byteLength },
  );
}
