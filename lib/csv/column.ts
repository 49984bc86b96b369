// A CSV column: its name, the SQL that writes its cell, its type in the data package, and what it
// means; with the few SQL forms every column list uses.
export type Column = {
  name: string;
  sql: string;
  type: "string" | "number" | "integer" | "boolean" | "date" | "datetime";
  description: string;
};

/** OWASP CSV injection, in SQL: a text cell a spreadsheet would run gets a leading apostrophe. */
export const neutralizeSql = (expr: string) =>
  `CASE WHEN left(${expr}, 1) IN ('=', '+', '-', '@', chr(9), chr(13)) THEN '''' || ${expr} ELSE ${expr} END`;
export const isoTime = (expr: string) => `to_char(${expr} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;
export const isoDate = (expr: string) => `to_char(${expr}, 'YYYY-MM-DD')`;
/** true/false, not COPY's t/f (which spreadsheets and most CSV readers do not take for a boolean) */
export const bool = (expr: string) => `CASE WHEN ${expr} THEN 'true' ELSE 'false' END`;

export const column = (name: string, sql: string, type: Column["type"], description: string): Column => ({
  name,
  sql,
  type,
  description,
});

/** Free text someone typed: neutralized against CSV injection. */
export const text = (name: string, expr: string, description: string): Column =>
  column(name, neutralizeSql(expr), "string", description);
