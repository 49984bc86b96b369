// /api/docs — the OpenAPI document as a readable page: every route, its parameters, body and
// answers, and an example of each (curl, the JSON sent and answered) generated from the same
// document (lib/api/examples.ts). Rendered on the server from what /api/openapi.json serves.
import type { Metadata } from "next";
import { useTranslations } from "next-intl";
import { getTranslations } from "next-intl/server";
import { Fragment, type ReactNode } from "react";
import { routeExample, type Doc } from "@/lib/api/examples";
import { openApiDocument } from "@/lib/api/openapi-document";
import { OBSERVATION_COLUMNS } from "@/lib/csv/observations-sql";
import { makeKeyOfEnglish } from "@/lib/i18n/key-of-english";
import enApiDocs from "@/messages/en/apiDocs.json";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("apiDocs"))("metaTitle") };
}

/** Written outside the catalogue: ICU would read its braces as placeholders. */
const ERROR_SHAPE = '{"error":{"code","message","fields?"}}';

type Schema = {
  $ref?: string;
  type?: string | string[];
  description?: string;
  enum?: unknown[];
  format?: string;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  anyOf?: Schema[];
};
type Param = { name: string; in: string; required?: boolean; description?: string; schema?: Schema };
type Op = {
  summary?: string;
  parameters?: Param[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: Schema }> }>;
  security?: unknown[];
};

// The document's route summaries, answers and field descriptions (and the CSV columns') are English
// (for machines); the page says them in the reader's language by finding the catalogue entry each
// was written from (tests/unit/api-docs-words.test.ts checks every one has an entry).
const summaryKey = makeKeyOfEnglish(enApiDocs.summaries);
const answerKey = makeKeyOfEnglish(enApiDocs.answerTexts);
const fieldKey = makeKeyOfEnglish(enApiDocs.fieldTexts);

function useDocText() {
  const t = useTranslations("apiDocs");
  return {
    summary: (text: string | undefined) => {
      const found = text === undefined ? null : summaryKey(text);
      return found ? t(`summaries.${found.key}`, found.params) : text;
    },
    answer: (text: string) => {
      const found = answerKey(text);
      return found ? t(`answerTexts.${found.key}`, found.params) : text;
    },
    field: (text: string | undefined) => {
      const found = text ? fieldKey(text) : null;
      return found ? t(`fieldTexts.${found.key}`) : text;
    },
  };
}

/** Text with `backticks` shown as code. */
function Prose({ text }: { text: string | undefined }): ReactNode {
  if (!text) return null;
  return text
    .split(/(`[^`]+`)/)
    .map((part, i) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 1 ? (
        <code key={i}>{part.slice(1, -1)}</code>
      ) : (
        <Fragment key={i}>{part}</Fragment>
      ),
    );
}

/** Properties, with one level of nested objects spelled out ("newOutlet.name"). */
function flatten(schema: Schema, resolveRef: (s: Schema) => Schema): [string, Schema, boolean][] {
  const out: [string, Schema, boolean][] = [];
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    const p = raw.$ref ? resolveRef(raw) : raw;
    out.push([name, raw, schema.required?.includes(name) ?? false]);
    if (p.properties && !raw.$ref)
      for (const [sub, q] of Object.entries(p.properties))
        out.push([`${name}.${sub}`, q, p.required?.includes(sub) ?? false]);
  }
  return out;
}

function typeOf(s: Schema | undefined): string {
  if (!s) return "";
  if (s.$ref) return s.$ref.split("/").pop()!;
  if (s.anyOf) return s.anyOf.map(typeOf).join(" | ");
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(" | ");
  if (s.type === "array") return `${typeOf(s.items)}[]`;
  const t = Array.isArray(s.type) ? s.type.join(" | ") : (s.type ?? "any");
  return s.format ? `${t} (${s.format})` : t;
}

/** A table of named things (a shape's fields, the CSV's columns): name, type, what it is. */
function FieldTable({
  nameHead,
  rows,
}: {
  nameHead: string;
  rows: { name: string; isRequired?: boolean; type: ReactNode; about?: string }[];
}) {
  const t = useTranslations("apiDocs");
  return (
    <table className="api-fields">
      <thead>
        <tr>
          <th scope="col">{nameHead}</th>
          <th scope="col">{t("type")}</th>
          <th scope="col">{t("about")}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.name}>
            <td>
              <code>{r.name}</code>
              {r.isRequired ? " *" : ""}
            </td>
            <td>{r.type}</td>
            <td>
              <Prose text={r.about} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Fields({ schema, resolveRef = (x) => x }: { schema: Schema; resolveRef?: (s: Schema) => Schema }) {
  const t = useTranslations("apiDocs");
  const words = useDocText();
  if (!schema.properties) return <code>{typeOf(schema)}</code>;
  const rows = flatten(schema, resolveRef).map(([name, p, isRequired]) => ({
    name,
    isRequired,
    type: <code>{typeOf(p)}</code>,
    about: words.field(p.description),
  }));
  return <FieldTable nameHead={t("field")} rows={rows} />;
}

export default function ApiDocsPage() {
  const t = useTranslations("apiDocs");
  const words = useDocText();
  const doc = openApiDocument() as unknown as {
    info: { title: string; description: string };
    paths: Record<string, Record<string, Op>>;
    components: { schemas: Record<string, Schema> };
  };
  return (
    <article className="api-docs">
      <h1>{doc.info.title}</h1>
      <p>
        <Prose text={t("intro", { shape: ERROR_SHAPE })} />
      </p>
      <p>
        <Prose text={t("language")} />
      </p>
      <p>
        {t("machine")} <a href="/api/openapi.json">/api/openapi.json</a> {t("machineRest")}
      </p>
      <nav aria-label={t("routes")}>
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
              <Prose text={words.summary(op.summary)} />
              {op.security ? t("editorsOnly") : ""}
            </p>
            {op.parameters?.length ? (
              <>
                <h3>{t("parameters")}</h3>
                <Fields
                  schema={{
                    properties: Object.fromEntries(
                      op.parameters.map((p) => [
                        `${p.name} (${p.in})`,
                        { ...p.schema, description: p.description ?? p.schema?.description },
                      ]),
                    ),
                    required: op.parameters.filter((p) => p.required).map((p) => `${p.name} (${p.in})`),
                  }}
                />
              </>
            ) : null}
            {op.requestBody ? (
              <>
                {Object.entries(op.requestBody.content).map(([type, c]) => (
                  <div key={type}>
                    <h3>{t("body", { type })}</h3>
                    <Fields schema={resolve(doc, c.schema)} resolveRef={(x) => resolve(doc, x)} />
                  </div>
                ))}
              </>
            ) : null}
            <h3>{t("answers")}</h3>
            <ul>
              {Object.entries(op.responses).map(([status, r]) => (
                <li key={status}>
                  <strong>{status}</strong> <Prose text={words.answer(r.description)} />{" "}
                  {r.content ? (
                    <code>
                      {Object.entries(r.content)
                        .map(([type, c]) => `${type} ${typeOf(c.schema)}`)
                        .join(", ")}
                    </code>
                  ) : null}
                </li>
              ))}
            </ul>
            <Example doc={doc as unknown as Doc} path={path} method={method} />
          </section>
        )),
      )}
      <section aria-labelledby="csv-columns">
        <h2 id="csv-columns">{t("csvColumns")}</h2>
        <p>
          <Prose text={t("csvIntro")} />
        </p>
        <FieldTable
          nameHead={t("column")}
          rows={OBSERVATION_COLUMNS.map((c) => ({ name: c.name, type: c.type, about: words.field(c.description) }))}
        />
      </section>
      <section aria-labelledby="schemas">
        <h2 id="schemas">{t("shapes")}</h2>
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

function Example({ doc, path, method }: { doc: Doc; path: string; method: string }) {
  const t = useTranslations("apiDocs");
  const ex = routeExample(doc, path, method);
  return (
    <div className="api-example" data-testid="api-example">
      <h3>{t("example")}</h3>
      {/* A long example scrolls sideways: keyboard readers can focus it to scroll (axe: scrollable-region-focusable). */}
      <pre tabIndex={0}>
        <code>{ex.curl}</code>
      </pre>
      {ex.request && (
        <>
          <p className="small muted">{t("sends", { type: ex.request.type })}</p>
          <pre tabIndex={0}>
            <code>{ex.request.body}</code>
          </pre>
        </>
      )}
      {ex.response && (
        <>
          <p className="small muted">
            {t("answersWith", { status: String(ex.response.status), type: ex.response.type })}
          </p>
          <pre tabIndex={0}>
            <code>{ex.response.body}</code>
          </pre>
        </>
      )}
    </div>
  );
}

function resolve(doc: { components: { schemas: Record<string, Schema> } }, s: Schema): Schema {
  return s.$ref ? doc.components.schemas[s.$ref.split("/").pop()!] : s;
}
