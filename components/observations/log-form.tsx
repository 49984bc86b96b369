"use client";
// The form an editor uses to log a newly reported value. Paste the sentence and the link at the
// top: Tally proposes the number, qualifier, quote, outlet and date, and the editor confirms or
// fixes them. Server-validated: errors come back per field from the server action and are shown
// next to each field; warnings (likely duplicate, …) come back first and "Save anyway" resends.
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { submitProps } from "@/components/ui/submit-props";
import type { Candidate } from "@/lib/extract/extract-figures";
import { proposeFromUrl } from "@/lib/extract/propose-from-url";
import { formatDate } from "@/lib/format/format-date";
import type { FormState } from "@/lib/http/handle-form-action";
import { NEW_OUTLET, toFieldValues, type ObservationFieldValues } from "@/lib/observations/observation-form";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import type { SourceOption } from "./cited-sources-proposal";
import { ObservationFields } from "./observation-fields";
import { PasteSentence } from "./paste-sentence";
import { NothingSaved } from "@/components/ui/nothing-saved";

type Props = {
  figure: { slug: string; title: string; unit: string };
  outlets: OutletOption[];
  sources?: SourceOption[];
  today: string;
  action: (state: FormState, form: FormData) => Promise<FormState>;
};

export function LogForm({ figure, outlets, sources, today, action }: Props) {
  const t = useTranslations("log");
  const locale = useLocale();
  const [state, formAction, isPending] = useActionState(action, {});
  const [f, setF] = useState(() => toFieldValues({ reportedOn: today }));
  const set = (patch: Partial<ObservationFieldValues>) => setF((old) => ({ ...old, ...patch }));
  const [urlNote, setUrlNote] = useState("");
  // Proposals from the link never overwrite what the editor chose by hand.
  const touched = useRef({ outlet: false, reportedOn: false });
  const errorRef = useRef<HTMLDivElement>(null);
  const warningsRef = useRef<HTMLDivElement>(null);
  const confirmRef = useRef<HTMLInputElement>(null);
  const formRef = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (confirmRef.current) confirmRef.current.value = "";
    if (state.message) errorRef.current?.focus();
    // The warnings are read first; saving anyway must be a deliberate second step, not Enter.
    else if (state.warnings?.length) warningsRef.current?.focus();
  }, [state]);
  // A refused save answers with what was sent: the fields show it (set while rendering, once per answer).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.values) setF(toFieldValues({ reportedOn: today, ...state.values }));
  }

  const choose = (c: Candidate) =>
    set({ qualifier: c.qualifier, value: c.value ?? "", low: c.low ?? "", high: c.high ?? "", quote: c.quote });

  const onUrl = (url: string) => {
    const proposal = proposeFromUrl({ url, outlets });
    const patch: Partial<ObservationFieldValues> = { url };
    const notes: string[] = [];
    if (proposal && !touched.current.outlet) {
      if (proposal.outlet) {
        patch.outletId = proposal.outlet.id;
        notes.push(t("noteOutlet", { name: proposal.outlet.name }));
      } else if (proposal.newOutletName) {
        Object.assign(patch, {
          outletId: NEW_OUTLET,
          "newOutlet.name": proposal.newOutletName,
          "newOutlet.kind": proposal.newOutletKind ?? "other",
          "newOutlet.domain": proposal.domain,
        });
        notes.push(t("noteNewOutlet", { name: proposal.newOutletName, domain: proposal.domain }));
      }
    }
    if (proposal?.reportedOn && !touched.current.reportedOn) {
      patch.reportedOn = proposal.reportedOn;
      notes.push(t("noteReportedOn", { date: formatDate(proposal.reportedOn, locale) }));
    }
    set(patch);
    setUrlNote(notes.length ? t("fromLink", { notes: notes.join(", ") }) : "");
  };

  const onChange = (patch: Partial<ObservationFieldValues>) => {
    if (patch.url !== undefined) return onUrl(patch.url);
    if (patch.outletId !== undefined) touched.current.outlet = true;
    if (patch.reportedOn !== undefined) touched.current.reportedOn = true;
    set(patch);
  };

  const saveAnyway = () => {
    if (confirmRef.current) confirmRef.current.value = "1";
    formRef.current?.requestSubmit();
  };

  const warnings = state.warnings ?? [];
  return (
    <form ref={formRef} {...submitProps(formAction)} aria-describedby="log-form-keys" className="log-form" noValidate>
      <NothingSaved state={state} words={t("nothingSaved")} focusRef={errorRef} />
      {warnings.length > 0 && (
        <div className="form-warning" role="alert" data-testid="form-warnings" tabIndex={-1} ref={warningsRef}>
          <strong>{t("checkFirst")}</strong>
          <ul>
            {warnings.map((w) => (
              <li key={w.code}>{w.message}</li>
            ))}
          </ul>
          <button type="button" className="button secondary" onClick={saveAnyway} disabled={isPending}>
            {t("saveAnyway")}
          </button>{" "}
          <span className="small muted">{t("orFix")}</span>
        </div>
      )}
      <input type="hidden" name="figureSlug" value={figure.slug} />
      <input type="hidden" name="confirmWarnings" defaultValue="" ref={confirmRef} />

      <ObservationFields
        sources={sources}
        values={f}
        onChange={onChange}
        errors={state.fieldErrors ?? {}}
        unit={figure.unit}
        outlets={outlets}
        canAddOutlet
        lead={<PasteSentence unit={figure.unit} onChoose={choose} />}
        urlNote={urlNote}
      />

      <div>
        <button className="button" type="submit" disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </button>{" "}
        <span className="small muted" id="log-form-keys">
          {t("orCtrlEnter")}
        </span>
      </div>
    </form>
  );
}
