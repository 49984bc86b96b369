import Link from "next/link";
import { getTranslations } from "next-intl/server";

export default async function NotFound() {
  const t = await getTranslations("errors");
  return (
    <div className="empty">
      <h1>{t("notFoundTitle")}</h1>
      <p>
        {t("notFoundBody")} <Link href="/">{t("backToFigures")}</Link>.
      </p>
    </div>
  );
}
