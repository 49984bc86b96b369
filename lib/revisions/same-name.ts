// Outlets and sources are one per name in any letter case ("AP" and "ap" are one outlet): the
// `where` that finds another with this name (other than `exceptId`, the one being renamed).
export const sameName = (name: string, exceptId?: string) => ({
  name: { equals: name, mode: "insensitive" as const },
  ...(exceptId ? { id: { not: exceptId } } : {}),
});
