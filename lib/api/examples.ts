// Examples for the API docs, generated from the OpenAPI document itself (which zod-openapi makes
// from the very schemas the handlers parse with and the responses are checked against), so an
// example cannot drift from the API: a curl command and the JSON a route takes and gives. Values
// come from each field's `example` meta, else from its type and format. Pure.
import { OBSERVATION_COLUMNS } from "../csv/observations-sql";

export type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  example?: unknown;
  examples?: unknown[];
  default?: unknown;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  additionalProperties?: unknown;
  description?: string;
};
type Param = { name: string; in: string; required?: boolean; schema?: JsonSchema; example?: unknown };
export type Operation = {
  summary?: string;
  parameters?: Param[];
  requestBody?: { content: Record<string, { schema: JsonSchema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: JsonSchema }> }>;
  security?: unknown[];
};
export type Doc = {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, JsonSchema> };
};
export type RouteExample = {
  curl: string;
  request?: { type: string; body: string };
  response?: { status: string; type: string; body: string };
};

export const EXAMPLE_BASE = "https://tally.example.org";
const FORMATS: Record<string, unknown> = {
  uuid: "6f1d2c3b-4a5e-4f60-8a7b-9c0d1e2f3a4b",
  date: "2025-10-24",
  "date-time": "2025-10-24T14:30:00.000Z",
  uri: "https://example.com/news/article",
  email: "ana@example.org",
  binary: "<binary>",
};
const PATH_EXAMPLES: Record<string, string> = { slug: "us-strikes-deaths", id: FORMATS.uuid as string };

/** A sample value for a schema; `full`: every property (an answer), else required ones and those with examples (a request). */
export function sampleOf(doc: Doc, schema: JsonSchema | undefined, full: boolean, depth = 0): unknown {
  if (!schema || depth > 8) return null;
  if (schema.$ref) return sampleOf(doc, doc.components?.schemas?.[schema.$ref.split("/").pop()!], full, depth + 1);
  if (schema.example !== undefined) return schema.example;
  if (schema.examples?.length) return schema.examples[0];
  const alt = schema.anyOf ?? schema.oneOf;
  if (alt) return sampleOf(doc, alt.find((s) => s.type !== "null") ?? alt[0], full, depth + 1);
  if (schema.allOf) return Object.assign({}, ...schema.allOf.map((s) => sampleOf(doc, s, full, depth + 1)));
  if (schema.enum) return schema.enum[0];
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "object" || schema.properties) {
    const out: Record<string, unknown> = {};
    for (const [k, p] of Object.entries(schema.properties ?? {})) {
      const isWanted = full || schema.required?.includes(k) || hasExample(doc, p);
      if (isWanted) out[k] = sampleOf(doc, p, full, depth + 1);
    }
    return out;
  }
  if (type === "array") return [sampleOf(doc, schema.items, full, depth + 1)];
  if (schema.default !== undefined) return schema.default;
  if (type === "string") return FORMATS[schema.format ?? ""] ?? "text";
  if (type === "integer") return 1;
  if (type === "number") return 43;
  if (type === "boolean") return true;
  return null;
}

function hasExample(doc: Doc, s: JsonSchema): boolean {
  if (s.example !== undefined || s.examples?.length) return true;
  if (s.$ref) return hasExample(doc, doc.components?.schemas?.[s.$ref.split("/").pop()!] ?? {});
  return false;
}

/** The header line and one sample row of a CSV answer, from the export's own column list. */
export function csvSample(): string {
  const row: Record<string, string> = {
    display: "at least 43 people",
    qualifier: "at_least",
    value: "43",
    unit: "people",
  };
  return `${OBSERVATION_COLUMNS.map((c) => c.name).join(",")}\n${OBSERVATION_COLUMNS.map((c) => row[c.name] ?? "…").join(",")}`;
}

const shellQuote = (s: string) => `'${s.replace(/'/g, `'\\''`)}'`;

export function routeExample(doc: Doc, path: string, method: string): RouteExample {
  const op = doc.paths[path][method];
  const params = op.parameters ?? [];
  let url = path.replace(
    /\{(\w+)\}/g,
    (_, name: string) =>
      PATH_EXAMPLES[name] ?? String(sampleOf(doc, params.find((p) => p.name === name)?.schema, false)),
  );
  const query = params.filter(
    (p) => p.in === "query" && (p.required || p.example !== undefined || p.schema?.example !== undefined),
  );
  if (query.length)
    url += `?${query.map((p) => `${p.name}=${encodeURIComponent(String(p.example ?? sampleOf(doc, p.schema, false)))}`).join("&")}`;
  const lines = [`curl${method === "get" ? "" : ` -X ${method.toUpperCase()}`} ${shellQuote(`${EXAMPLE_BASE}${url}`)}`];
  if (op.security) lines.push(`-H 'Authorization: Bearer tly_your_token'`);
  for (const h of params.filter((p) => p.in === "header" && p.required))
    lines.push(`-H ${shellQuote(`${h.name}: ${String(sampleOf(doc, h.schema, false))}`)}`);
  let request: RouteExample["request"];
  const body = op.requestBody ? Object.entries(op.requestBody.content)[0] : undefined;
  if (body?.[0] === "application/json") {
    const json = JSON.stringify(sampleOf(doc, body[1].schema, false), null, 2);
    request = { type: body[0], body: json };
    lines.push(`-H 'Content-Type: application/json'`, `--data ${shellQuote(JSON.stringify(JSON.parse(json)))}`);
  } else if (body?.[0] === "text/csv") {
    request = { type: body[0], body: csvSample() };
    lines.push(`-H 'Content-Type: text/csv'`, `--data-binary @values.csv`);
  }
  const [status, answer] = Object.entries(op.responses).find(([s]) => s.startsWith("2")) ?? [];
  const [type, content] = answer?.content ? Object.entries(answer.content)[0] : [];
  if (type && type !== "application/json" && !type.startsWith("text/")) lines.push(`-o ${path.split("/").pop()}`);
  let response: RouteExample["response"];
  if (status && type === "application/json")
    response = { status, type, body: JSON.stringify(sampleOf(doc, content!.schema, true), null, 2) };
  else if (status && type === "text/csv") response = { status, type, body: csvSample() };
  else if (status && type)
    response = {
      status,
      type,
      body:
        type === "text/event-stream" ? 'data: {"kind":"observation","figureSlug":"us-strikes-deaths"}' : `(${type})`,
    };
  return { curl: lines.join(" \\\n  "), request, response };
}
