// /api/docs — the OpenAPI document as a readable page: every route, its parameters, body and
// answers. Rendered on the server from the same document /api/openapi.json serves (no CDN).
import type { Metadata } from "next";
import { openApiDocument } from "@/lib/api/openapi-document";

export const metadata: Metadata = { title: "API · Tally" };

type Schema = { $ref?: string; type?: string | string[]; description?: string; enum?: unknown[]; format?: string; properties?: Record<string, Schema>; required?: string[]; items?: Schema; anyOf?: Schema[] };
type Param = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Op = { summary?: string; parameters?: Param[]; requestBody?: { content: Record<string, { schema: Schema }> }; responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>; security?: unknown[] };

function typeOf(s: Schema | undefined): string {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop()!;
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.type === "array") return `${typeOf(s.items)}[]`;
  const t = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  return s.format ? `${t} (${s.format})` : t;
}

function Fields({ schema }: { schema: Schema }) {
  if (!schema.properties) return <code>{typeOf(schema)}</code>;
  return (
    <table className="api-fields">
      <thead>
        <tr>
          <th scope="col">field</th>
          <th scope="col">type</th>
          <th scope="col">about</th>
        </tr>
      </thead>
      <tbody>
        {Object.entries(schema.properties).map(([name, p]) => (
          <tr key={name}>
            <td>
              <code>{name}</code>
              {schema.required?.includes(name) ? " *" : ""}
            </td>
            <td>
              <code>{typeOf(p)}</code>
            </td>
            <td>{p.description}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export default function ApiDocsPage() {
  const doc = openApiDocument() as unknown as { info: { title: string; description: string }; paths: Record<string, Record<string, Op>>; components: { schemas: Record<string, Schema> } };
  return (
    <article className="api-docs">
      <h1>{doc.info.title}</h1>
      <p>{doc.info.description}</p>
      <p>
        Machine-readable: <a href="/api/openapi.json">/api/openapi.json</a> (OpenAPI 3.1). Fields marked * are required.
      </p>
      <nav aria-label="Routes">
        <ul>
          {Object.entries(doc.paths).flatMap(([path, ops]) =>
            Object.keys(ops).map((m) => (
              <li key={`${m}${path}`}>
                <a href={`#${m}-${path}`}>
                  <code>
                    {m.toUpperCase()} {path}
                  </code>
                </a>
              </li>
            )),
          )}
        </ul>
      </nav>
      {Object.entries(doc.paths).flatMap(([path, ops]) =>
        Object.entries(ops).map(([method, op]) => (
          <section key={`${method}${path}`} id={`${method}-${path}`} aria-labelledby={`h-${method}-${path}`}>
            <h2 id={`h-${method}-${path}`}>
              <code>
                {method.toUpperCase()} {path}
              </code>
            </h2>
            <p>
              {op.summary}
              {op.security ? " — editors only (session or API token with scope observations:write)." : ""}
            </p>
            {op.parameters?.length ? (
              <>
                <h3>Parameters</h3>
                <Fields
                  schema={{
                    properties: Object.fromEntries(op.parameters.map((p) => [`${p.name} (${p.in})`, { ...p.schema, description: p.description ?? p.schema?.description }])),
                    required: op.parameters.filter((p) => p.required).map((p) => `${p.name} (${p.in})`),
                  }}
                />
              </>
            ) : null}
            {op.requestBody ? (
              <>
                {Object.entries(op.requestBody.content).map(([type, c]) => (
                  <div key={type}>
                    <h3>Body ({type})</h3>
                    <Fields schema={resolve(doc, c.schema)} />
                  </div>
                ))}
              </>
            ) : null}
            <h3>Answers</h3>
            <ul>
              {Object.entries(op.responses).map(([status, r]) => (
                <li key={status}>
                  <strong>{status}</strong> {r.description} {r.content ? <code>{Object.entries(r.content).map(([type, c]) => `${type} ${typeOf(c.schema)}`).join(", ")}</code> : null}
                </li>
              ))}
            </ul>
          </section>
        )),
      )}
      <section aria-labelledby="schemas">
        <h2 id="schemas">Shapes</h2>
        {Object.entries(doc.components.schemas).map(([name, s]) => (
          <div key={name} id={`schema-${name}`}>
            <h3>{name}</h3>
            <Fields schema={s} />
          </div>
        ))}
      </section>
    </article>
  );
}

function resolve(doc: { components: { schemas: Record<string, Schema> } }, s: Schema): Schema {
  return s.$ref ? doc.components.schemas[s.$ref.split("/").pop()!] : s;
}
