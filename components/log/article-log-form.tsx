"use client";
// "Paste a whole article": every figure-like number with its sentence; tick the ones to log,
// give each its figure (or a new one), its cited source and its period (proposed from its own
// sentence: "according to UNODC", "in 2024"), fill the outlet, link and date once, save together.
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import {
  NewOutletFields,
  NumberFields,
  OutletSelect,
  PeriodFields,
} from "@/components/observations/observation-fields";
import { DateInput } from "@/components/ui/date-input";
import { useDescribeCandidate } from "@/components/observations/paste-sentence";
import { Field } from "@/components/ui/field";
import { submitProps } from "@/components/ui/submit-props";
import { extractFigures, type Candidate } from "@/lib/extract/extract-figures";
import { proposeFromUrl } from "@/lib/extract/propose-from-url";
import { MAX_EXTRACT_CHARS } from "@/lib/extract/schemas";
import { unitsMatch } from "@/lib/extract/units";
import type { FigureOption } from "@/lib/figures/list-figure-options";
import { formatDate } from "@/lib/format/format-date";
import type { FieldErrors } from "@/lib/errors";
import type { FormState } from "@/lib/http/handle-form-action";
import { NEW_FIGURE, rowField } from "@/lib/observations/article-form";
import { NEW_OUTLET } from "@/lib/observations/observation-form";
import { proposeProvenance } from "@/lib/observations/propose-provenance";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { slugify } from "@/lib/outlets/slugify";
import { FigureKindOptions } from "./new-figure-form";
import { NothingSaved } from "@/components/ui/nothing-saved";

type Props = {
  figures: FigureOption[];
  outlets: OutletOption[];
  today: string;
  action: (s: FormState, f: FormData) => Promise<FormState>;
};

type RowProps = { c: Candidate; i: number; figures: FigureOption[]; errors: FieldErrors; reportedOn: string };

function NumberRow({ c, i, figures, errors, reportedOn }: RowProps) {
  const sameUnit = c.unit ? figures.filter((f) => unitsMatch(f.unit, c.unit!)) : [];
  const [isPicked, setPicked] = useState(false);
  const [figure, setFigure] = useState(sameUnit.length === 1 ? sameUnit[0]!.slug : "");
  const [number, setNumber] = useState({
    qualifier: c.qualifier as string,
    value: c.value ?? c.high ?? "",
    low: c.low ?? "",
    high: c.high ?? "",
  });
  const [title, setTitle] = useState("");
  const [prov, setProv] = useState<
    Record<"citedSources" | "refersStart" | "refersEnd" | "refersPrecision" | "refersLabel", string>
  >(() => proposeProvenance(c.quote, reportedOn));
  const n = (k: string) => rowField(i, k);
  const isProvTouched = useRef(false);
  // Proposed again when ticked, so "since September" ends on the article's date as set by then.
  const tick = (on: boolean) => {
    if (on && !isProvTouched.current) setProv(proposeProvenance(c.quote, reportedOn));
    setPicked(on);
  };
  const editProv = (patch: Partial<typeof prov>) => {
    isProvTouched.current = true;
    setProv((old) => ({ ...old, ...patch }));
  };
  const at = c.start - c.quoteStart;
  const describeCandidate = useDescribeCandidate();
  const t = useTranslations("log");
  const ta = useTranslations("log.article");
  return (
    <li className="article-number" data-testid="article-number">
      <label className="pick">
        <input type="checkbox" name={n("pick")} checked={isPicked} onChange={(e) => tick(e.target.checked)} />
        {ta("pick", { text: c.text })} <span className="small muted">({describeCandidate(c)})</span>
      </label>
      <blockquote className="quote small">
        {c.quote.slice(0, at)}
        <mark>{c.quote.slice(at, at + c.end - c.start)}</mark>
        {c.quote.slice(at + c.end - c.start)}
      </blockquote>
      {isPicked && (
        <>
          <input type="hidden" name={n("quote")} value={c.quote} />
          <input type="hidden" name={n("text")} value={c.text} />
          <div className="row">
            <Field name={n("figure")} label={ta("figure")} errors={errors[n("figureSlug")]}>
              {(a) => (
                <select {...a} value={figure} onChange={(e) => setFigure(e.target.value)}>
                  <option value="">{ta("chooseFigure")}</option>
                  {figures.map((f) => (
                    <option key={f.slug} value={f.slug}>
                      {f.title} ({f.unit})
                    </option>
                  ))}
                  <option value={NEW_FIGURE}>{ta("createFigure")}</option>
                </select>
              )}
            </Field>
            <NumberFields
              values={number}
              onChange={(patch) => setNumber((old) => ({ ...old, ...patch }))}
              errors={errors}
              name={n}
            />
          </div>
          <Field name={n("citedSources")} label={t("cited")} hint={ta("citedHint")} errors={errors[n("citedSources")]}>
            {(a) => (
              <input {...a} value={prov.citedSources} onChange={(ev) => editProv({ citedSources: ev.target.value })} />
            )}
          </Field>
          <PeriodFields values={prov} onChange={editProv} errors={errors} name={n} />
          {figure === NEW_FIGURE && (
            <div className="row">
              <Field name={n("newFigure.title")} label={ta("newTitle")} errors={errors[n("newFigure.title")]}>
                {(a) => <input {...a} value={title} onChange={(e) => setTitle(e.target.value)} />}
              </Field>
              <Field name={n("newFigure.unit")} label={ta("unit")} errors={errors[n("newFigure.unit")]}>
                {(a) => <input {...a} defaultValue={c.unit ?? ""} />}
              </Field>
              <Field name={n("newFigure.kind")} label={ta("kind")} errors={errors[n("newFigure.kind")]}>
                {(a) => (
                  <select {...a} defaultValue="cumulative">
                    <FigureKindOptions />
                  </select>
                )}
              </Field>
              <Field name={n("newFigure.slug")} label={ta("slug")} errors={errors[n("newFigure.slug")]}>
                {(a) => <input {...a} key={slugify(title)} defaultValue={title ? slugify(title) : ""} />}
              </Field>
            </div>
          )}
        </>
      )}
    </li>
  );
}

export function ArticleLogForm({ figures, outlets, today, action }: Props) {
  const [state, formAction, isPending] = useActionState(action, {});
  const t = useTranslations("log");
  const ta = useTranslations("log.article");
  const locale = useLocale();
  const e = state.fieldErrors ?? {};
  const shared = sharedErrors(e);
  const [text, setText] = useState("");
  const [candidates, setCandidates] = useState<Candidate[]>([]);
  const [outletId, setOutletId] = useState("");
  const [newOutlet, setNewOutlet] = useState({
    "newOutlet.name": "",
    "newOutlet.kind": "other",
    "newOutlet.domain": "",
  });
  const [reportedOn, setReportedOn] = useState(today);
  const [urlNote, setUrlNote] = useState("");
  const errorRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const timer = setTimeout(() => setCandidates(extractFigures(text.slice(0, MAX_EXTRACT_CHARS))), 250);
    return () => clearTimeout(timer);
  }, [text]);
  useEffect(() => {
    if (state.message) errorRef.current?.focus();
  }, [state]);

  const onUrl = (url: string) => {
    const p = proposeFromUrl({ url, outlets });
    if (!p) return setUrlNote("");
    const notes: string[] = [];
    if (p.outlet) {
      setOutletId(p.outlet.id);
      notes.push(t("noteOutlet", { name: p.outlet.name }));
    } else if (p.newOutletName) {
      const { newOutletName: name, domain } = p;
      const kind = p.newOutletKind ?? "other";
      setOutletId(NEW_OUTLET);
      setNewOutlet((old) => ({ ...old, "newOutlet.name": name, "newOutlet.kind": kind, "newOutlet.domain": domain }));
      notes.push(ta("noteNewOutlet", { name }));
    }
    if (p.reportedOn) {
      setReportedOn(p.reportedOn);
      notes.push(t("noteReportedOn", { date: formatDate(p.reportedOn, locale) }));
    }
    setUrlNote(notes.length ? ta("fromLink", { notes: notes.join(", ") }) : "");
  };

  return (
    <form {...submitProps(formAction)} className="log-form" noValidate>
      <NothingSaved state={state} words={t("nothingSaved")} focusRef={errorRef}>
        {e._ && <> {e._.join(" ")}</>}
      </NothingSaved>
      <fieldset>
        <legend>{ta("legend")}</legend>
        <Field
          name="article"
          label={ta("paste")}
          hint={ta("pasteHint", { max: MAX_EXTRACT_CHARS.toLocaleString(locale) })}
        >
          {/* Not sent with the form (no name): the numbers found in it become the rows below. */}
          {({ name: _, ...a }) => (
            <textarea
              {...a}
              value={text}
              onChange={(ev) => setText(ev.target.value)}
              style={{ minHeight: "10rem" }}
              autoFocus
            />
          )}
        </Field>
        <Field name="url" label={ta("link")} errors={shared.url}>
          {(a) => (
            <input {...a} type="url" inputMode="url" placeholder="https://" onChange={(ev) => onUrl(ev.target.value)} />
          )}
        </Field>
        <p className="small url-note" role="status">
          {urlNote}
        </p>
        <div className="row">
          <OutletSelect
            value={outletId}
            onChange={(p) => setOutletId(p.outletId ?? "")}
            errors={shared.outletId}
            outlets={outlets}
            canAddOutlet
          />
          <Field name="reportedOn" label={t("reportedOn")} errors={shared.reportedOn}>
            {(a) => <DateInput {...a} value={reportedOn} onChange={(ev) => setReportedOn(ev.target.value)} />}
          </Field>
        </div>
        {outletId === NEW_OUTLET && (
          <NewOutletFields
            values={newOutlet}
            onChange={(patch) => setNewOutlet((old) => ({ ...old, ...patch }))}
            errors={shared}
          />
        )}
      </fieldset>

      <section aria-labelledby="numbers-heading">
        <h2 id="numbers-heading">{ta("numbers")}</h2>
        {text.trim() === "" ? (
          <p className="empty">{ta("emptyText")}</p>
        ) : candidates.length === 0 ? (
          <p className="empty">{ta("noNumbers")}</p>
        ) : (
          <ol className="article-numbers" style={{ listStyle: "none", padding: 0 }}>
            {candidates.map((c, i) => (
              <NumberRow
                key={`${c.start}-${c.text}`}
                c={c}
                i={i}
                figures={figures}
                errors={e}
                reportedOn={reportedOn}
              />
            ))}
          </ol>
        )}
      </section>

      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? t("saving") : ta("save")}
        </button>{" "}
        <span className="small muted">{ta("allOrNone")}</span>
      </div>
    </form>
  );
}

/** Shared fields are checked per value; show the first row's message once, by the shared field. */
function sharedErrors(e: FieldErrors): FieldErrors {
  const shared: FieldErrors = { ...e };
  for (const [key, messages] of Object.entries(e)) {
    const field = /^rows\.\d+\.(.+)$/.exec(key)?.[1];
    if (field && !shared[field]) shared[field] = messages;
  }
  return shared;
}
