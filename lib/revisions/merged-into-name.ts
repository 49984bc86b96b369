// A merged outlet or source is kept and shown as "Merged into X": the select that reads X's name,
// and the row with it as \`mergedIntoName\` (null while it stands on its own).
export const MERGED_INTO_SELECT = { mergedInto: { select: { name: true } } } as const;

export function withMergedIntoName<R extends { mergedInto: { name: string } | null }>(row: R) {
  const { mergedInto, ...rest } = row;
  return { ...rest, mergedIntoName: mergedInto?.name ?? null };
}
