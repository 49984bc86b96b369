// One way to compare cited text with aliases: lower case, no accents, "U.S." = "US",
// punctuation as spaces. Pure.
export function normalizeCitation(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/\./g, "")
    .replace(/[’']s\b/g, "s")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
