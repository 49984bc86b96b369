// The figure page's downloads: its history as plain CSV (UTF-8), as "CSV (Excel)" — the same
// file with a UTF-8 byte order mark, so "según" and "EE.UU." survive a double-click in Excel —
// and the whole dataset (every table, with datapackage.json) as one zip.
import { useTranslations } from "next-intl";

type Props = { slug: string; asOf?: string };

export function DownloadLinks({ slug, asOf }: Props) {
  const t = useTranslations("figure");
  const base = `/api/figures/${slug}/history.csv`;
  const as = asOf ? `asOf=${asOf}` : "";
  return (
    <span className="download-links" role="group" aria-label={t("downloads")}>
      <a className="button secondary" href={as ? `${base}?${as}` : base} download>
        {t("downloadCsv")}
      </a>
      <a className="button secondary" href={`${base}?bom=1${as ? `&${as}` : ""}`} download title={t("csvExcelTitle")}>
        CSV (Excel)
      </a>
      <a className="button secondary" href="/api/export.zip" download title={t("zipTitle")}>
        {t("zip")}
      </a>
    </span>
  );
}
