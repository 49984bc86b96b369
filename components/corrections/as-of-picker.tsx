// "See it as of [date]": a plain GET form, so it works without JavaScript and the URL can be shared.
import { useTranslations } from "next-intl";

export function AsOfPicker({ slug, asOf, max }: { slug: string; asOf?: string; max: string }) {
  const t = useTranslations("figure");
  return (
    <form method="get" action={`/figures/${slug}`} className="as-of-picker">
      <label htmlFor="as-of-date">{t("asOfLabel")}</label>
      <input id="as-of-date" type="date" name="asOf" defaultValue={asOf?.slice(0, 10)} max={max} required />
      <button className="button secondary">{t("asOfShow")}</button>
    </form>
  );
}
