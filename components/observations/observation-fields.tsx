"use client";
// The fields of one reported value, written once for the log form, the edit form and the article
// form. Every field is a labelled <Field>, so its error is announced with it (aria-describedby,
// aria-invalid). The fields are controlled: the form owns the values, because they are filled
// from a pasted sentence, a link, a stored value or what the server sent back with an error —
// and because a controlled select keeps its choice when a save comes back with errors.
import { useLocale, useTranslations } from "next-intl";
import { CitedSourcesProposal, type SourceOption } from "./cited-sources-proposal";
import type { ReactNode } from "react";
import { DateInput } from "@/components/ui/date-input";
import { Field } from "@/components/ui/field";
import type { FieldErrors } from "@/lib/errors";
import { unitName } from "@/lib/values/format-value";
import { QUALIFIERS } from "@/lib/values/qualifiers";
import {
  NEW_OUTLET,
  type ObservationFieldName,
  type ObservationFieldValues,
} from "@/lib/observations/observation-form";
import { DATE_PRECISIONS } from "@/lib/observations/schemas";
import { OUTLET_KINDS } from "@/lib/outlets/schemas";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { Options } from "@/components/ui/options";

/** Called with the fields a person just changed (never for values set by the form itself). */
export type OnFieldsChange = (patch: Partial<ObservationFieldValues>) => void;

/** A controlled field's value and onChange, by its name in `values`. */
const bindTo =
  <V extends Partial<ObservationFieldValues>>(values: V, onChange: OnFieldsChange) =>
  (field: keyof V & keyof ObservationFieldValues) => ({
    value: values[field],
    onChange: (ev: { target: { value: string } }) => onChange({ [field]: ev.target.value }),
  });

type PeriodValues = Pick<ObservationFieldValues, "refersStart" | "refersEnd" | "refersPrecision" | "refersLabel">;
type PeriodProps = {
  values: PeriodValues;
  onChange: OnFieldsChange;
  errors: FieldErrors;
  name?: (field: string) => string;
  hasHint?: boolean;
};

/** The refers-to period of one value; the article form gives each ticked number its own. */
export function PeriodFields({ values, onChange, errors, name = (f) => f, hasHint }: PeriodProps) {
  const t = useTranslations("log");
  const text = bindTo(values, onChange);
  return (
    <>
      <div className="row">
        <Field name={name("refersStart")} label={t("refersFrom")} errors={errors[name("refersStart")]}>
          {(a) => <DateInput {...a} {...text("refersStart")} />}
        </Field>
        <Field name={name("refersEnd")} label={t("refersUntil")} errors={errors[name("refersEnd")]}>
          {(a) => <DateInput {...a} {...text("refersEnd")} />}
        </Field>
        <Field name={name("refersPrecision")} label={t("precisionLabel")} errors={errors[name("refersPrecision")]}>
          {(a) => (
            <select {...a} {...text("refersPrecision")}>
              <option value="">—</option>
              <Options values={DATE_PRECISIONS} label={(p) => t("precision", { p })} />
            </select>
          )}
        </Field>
      </div>
      <Field
        name={name("refersLabel")}
        label={t("periodWords")}
        hint={hasHint ? t("periodHint") : undefined}
        errors={errors[name("refersLabel")]}
      >
        {(a) => <input {...a} {...text("refersLabel")} />}
      </Field>
    </>
  );
}

type NumberProps = {
  values: Pick<ObservationFieldValues, "qualifier" | "value" | "low" | "high">;
  onChange: OnFieldsChange;
  errors: FieldErrors;
  /** Shown in the number labels ("Value (people)"); the article form's rows have no figure yet. */
  unit?: string;
  /** The posted name of a field; the article form posts each row as `rows.<i>.<field>`. */
  name?: (field: string) => string;
};

/** Qualifier, then one value or a low and a high: the caller puts them in a row. */
export function NumberFields({ values, onChange, errors, unit, name = (f) => f }: NumberProps) {
  const t = useTranslations("log");
  const locale = useLocale();
  const inUnit = unit ? ` (${unitName(unit, locale)})` : "";
  const numberField = (field: "value" | "low" | "high", label: string, hint?: string) => (
    <Field name={name(field)} label={`${label}${inUnit}`} hint={hint} errors={errors[name(field)]}>
      {(a) => (
        <input
          {...a}
          inputMode="decimal"
          autoComplete="off"
          value={values[field]}
          onChange={(ev) => onChange({ [field]: ev.target.value })}
        />
      )}
    </Field>
  );
  return (
    <>
      <Field name={name("qualifier")} label={t("qualifierLabel")} errors={errors[name("qualifier")]}>
        {(a) => (
          <select {...a} value={values.qualifier} onChange={(ev) => onChange({ qualifier: ev.target.value })}>
            <Options values={QUALIFIERS} label={(q) => t("qualifier", { q })} />
          </select>
        )}
      </Field>
      {values.qualifier === "range" ? (
        <>
          {numberField("low", t("low"))}
          {numberField("high", t("high"))}
        </>
      ) : (
        numberField("value", t("value"), t("valueHint"))
      )}
    </>
  );
}

type OutletProps = {
  value: string;
  onChange: OnFieldsChange;
  errors?: string[];
  outlets: OutletOption[];
  /** A new value may name a new outlet; an edit keeps to the existing ones. */
  canAddOutlet: boolean;
};

export function OutletSelect({ value, onChange, errors, outlets, canAddOutlet }: OutletProps) {
  const t = useTranslations("log");
  return (
    <Field name="outletId" label={t("outlet")} errors={errors}>
      {(a) => (
        <select {...a} value={value} onChange={(ev) => onChange({ outletId: ev.target.value })}>
          {canAddOutlet && <option value="">{t("chooseOutlet")}</option>}
          {outlets.map((o) => (
            <option key={o.id} value={o.id}>
              {o.name}
            </option>
          ))}
          {canAddOutlet && <option value={NEW_OUTLET}>{t("addOutlet")}</option>}
        </select>
      )}
    </Field>
  );
}

type NewOutletProps = {
  values: Pick<ObservationFieldValues, "newOutlet.name" | "newOutlet.kind" | "newOutlet.domain">;
  onChange: OnFieldsChange;
  errors: FieldErrors;
};

/** Name, kind and web domain of an outlet created with the value: show when the outlet is NEW_OUTLET. */
export function NewOutletFields({ values, onChange, errors }: NewOutletProps) {
  const t = useTranslations("log");
  const tDirectory = useTranslations("directory");
  const text = bindTo(values, onChange);
  return (
    <div className="row">
      <Field name="newOutlet.name" label={t("newOutletName")} errors={errors["newOutlet.name"]}>
        {(a) => <input {...a} {...text("newOutlet.name")} />}
      </Field>
      <Field name="newOutlet.kind" label={t("kind")} errors={errors["newOutlet.kind"]}>
        {(a) => (
          <select {...a} {...text("newOutlet.kind")}>
            <Options values={OUTLET_KINDS} label={(kind) => tDirectory("outletKind", { kind })} />
          </select>
        )}
      </Field>
      <Field name="newOutlet.domain" label={t("domain")} hint={t("domainHint")} errors={errors["newOutlet.domain"]}>
        {(a) => <input {...a} {...text("newOutlet.domain")} />}
      </Field>
    </div>
  );
}

type Props = {
  values: ObservationFieldValues;
  onChange: OnFieldsChange;
  errors: FieldErrors;
  unit: string;
  outlets: OutletOption[];
  canAddOutlet: boolean;
  /** Put first, above the link (the log form's "Paste the sentence"). */
  lead?: ReactNode;
  /** What the form proposed from the link. Given only by a form that proposes from the link. */
  urlNote?: string;
  /** The sources, to show which ones the cited chain traces to while typing. */
  sources?: SourceOption[];
};

/** All of a value's fields in four groups: the article, the number, who reported it, when. */
export function ObservationFields({
  values: v,
  onChange,
  errors: e,
  unit,
  outlets,
  canAddOutlet,
  lead,
  urlNote,
  sources,
}: Props) {
  const text = (field: ObservationFieldName) => ({
    value: v[field],
    onChange: (ev: { target: { value: string } }) => onChange({ [field]: ev.target.value }),
  });
  const proposes = urlNote !== undefined;
  const t = useTranslations("log");
  return (
    <>
      <fieldset>
        <legend>{t("fromArticle")}</legend>
        {lead}
        <Field name="url" label={t("link")} hint={proposes ? t("linkHint") : undefined} errors={e.url}>
          {(a) => <input {...a} type="url" inputMode="url" placeholder="https://" {...text("url")} />}
        </Field>
        {proposes && (
          <p className="small url-note" role="status" data-testid="url-note">
            {urlNote}
          </p>
        )}
      </fieldset>

      <fieldset>
        <legend>{t("theNumber")}</legend>
        <Field name="quote" label={t("quote")} hint={t("quoteHint")} errors={e.quote}>
          {(a) => <textarea {...a} required {...text("quote")} />}
        </Field>
        <div className="row">
          <NumberFields values={v} onChange={onChange} errors={e} unit={unit} />
        </div>
      </fieldset>

      <fieldset>
        <legend>{t("whoReported")}</legend>
        <OutletSelect
          value={v.outletId}
          onChange={onChange}
          errors={e.outletId}
          outlets={outlets}
          canAddOutlet={canAddOutlet}
        />
        {v.outletId === NEW_OUTLET && <NewOutletFields values={v} onChange={onChange} errors={e} />}
        <Field name="citedSources" label={t("cited")} hint={t("citedHint")} errors={e.citedSources}>
          {(a) => <input {...a} {...text("citedSources")} />}
        </Field>
        {sources && <CitedSourcesProposal text={v.citedSources} sources={sources} />}
      </fieldset>

      <fieldset>
        <legend>{t("when")}</legend>
        <div className="row">
          <Field name="reportedOn" label={t("reportedOn")} errors={e.reportedOn}>
            {(a) => <DateInput {...a} {...text("reportedOn")} />}
          </Field>
          {/* The server checks date and time together, as reportedAt. */}
          <Field name="reportedTime" label={t("time")} errors={e.reportedAt}>
            {(a) => (
              <input {...a} inputMode="numeric" placeholder="HH:MM" autoComplete="off" {...text("reportedTime")} />
            )}
          </Field>
        </div>
        <PeriodFields values={v} onChange={onChange} errors={e} hasHint />
        <Field name="note" label={t("note")} errors={e.note}>
          {(a) => <textarea {...a} style={{ minHeight: "3.5rem" }} {...text("note")} />}
        </Field>
      </fieldset>
    </>
  );
}
