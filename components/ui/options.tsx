// A select's options from a list of values (a domain's constant: QUALIFIERS, ROLES…) and the
// words for each.
export function Options<V extends string>({ values, label }: { values: readonly V[]; label: (value: V) => string }) {
  return values.map((value) => (
    <option key={value} value={value}>
      {label(value)}
    </option>
  ));
}
