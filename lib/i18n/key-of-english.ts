// Which catalogue entry an English text was written from, and the values of its `{name}` parts:
// "Not found." → { key: "notFound" }; "Columns, in order: a, b." → { key: "csv", params: { columns: "a, b" } }.
// For text made outside the catalogue in English (the OpenAPI document, which stays English for
// machines) that a page shows in the reader's language. Plain `{name}` templates only.
type Found<K extends string> = { key: K; params: Record<string, string> };

const escape = (s: string) => s.replace(/[.*+?^$()|[\]\\{}]/g, "\\$&");

export function makeKeyOfEnglish<K extends string>(entries: Record<K, string>): (text: string) => Found<K> | null {
  const templates = (Object.entries(entries) as [K, string][]).map(([key, english]) => {
    const names: string[] = [];
    const source = english
      .split(/(\{\w+\})/)
      .map((part) => {
        const m = /^\{(\w+)\}$/.exec(part);
        if (!m) return escape(part);
        names.push(m[1]);
        return "(.+?)";
      })
      .join("");
    return { key, names, pattern: new RegExp(`^${source}$`, "s") };
  });
  return (text) => {
    for (const t of templates) {
      const m = t.pattern.exec(text);
      if (m) return { key: t.key, params: Object.fromEntries(t.names.map((n, i) => [n, m[i + 1]])) };
    }
    return null;
  };
}
