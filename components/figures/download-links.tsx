// The figure page's downloads: its history as plain CSV (UTF-8), as "CSV (Excel)" — the same
// file with a UTF-8 byte order mark, so "según" and "EE.UU." survive a double-click in Excel —
// and the whole dataset (every table, with datapackage.json) as one zip.
type Props = { slug: string; asOf?: string };

export function DownloadLinks({ slug, asOf }: Props) {
  const base = `/api/figures/${slug}/history.csv`;
  const as = asOf ? `asOf=${asOf}` : "";
  return (
    <span className="download-links" role="group" aria-label="Downloads">
      <a className="button secondary" href={as ? `${base}?${as}` : base} download>
        Download CSV
      </a>
      <a className="button secondary" href={`${base}?bom=1${as ? `&${as}` : ""}`} download title="The same CSV with a UTF-8 byte order mark">
        CSV (Excel)
      </a>
      <a className="button secondary" href="/api/export.zip" download title="Every figure, outlet and event, with datapackage.json">
        Whole dataset (.zip)
      </a>
    </span>
  );
}
