// One filter of a list page's GET form (review, alerts): a labelled select whose first choice is "any".
type Props = {
  name: string;
  label: string;
  /** The first choice's words: no filter (none when the filter always has a value). */
  any?: string;
  /** What the filter is set to now. */
  value: string;
  options: { value: string; label: string }[];
};

export function FilterSelect({ name, label, any, value, options }: Props) {
  const id = `filter-${name}`;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} defaultValue={value}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}
