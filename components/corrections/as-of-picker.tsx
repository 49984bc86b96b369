// "See it as of [date]": a plain GET form, so it works without JavaScript and the URL can be shared.
export function AsOfPicker({ slug, asOf, max }: { slug: string; asOf?: string; max: string }) {
  return (
    <form method="get" action={`/figures/${slug}`} className="as-of-picker">
      <label htmlFor="as-of-date">As the desk knew it on</label>
      <input id="as-of-date" type="date" name="asOf" defaultValue={asOf?.slice(0, 10)} max={max} required />
      <button className="button secondary">Show</button>
    </form>
  );
}
