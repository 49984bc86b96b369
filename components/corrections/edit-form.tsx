"use client";
// Edit a logged value. The form carries the version it was opened at; if another editor saved
// in between, the server refuses (409) and this shows their stored values beside the ones typed
// here, field by field, so nothing is overwritten without the editor seeing it.
import { useTranslations } from "next-intl";
import Link from "next/link";
import { useActionState, useEffect, useRef, useState } from "react";
import { ObservationFields } from "@/components/observations/observation-fields";
import { Field } from "@/components/ui/field";
import { submitProps } from "@/components/ui/submit-props";
import type { EditState } from "@/lib/observations/edit-state";
import type { ObservationDto } from "@/lib/observations/observation-dto";
import {
  toFieldValues,
  toFormValues,
  type ObservationFieldValues,
  type ObservationFormValues,
} from "@/lib/observations/observation-form";
import type { OutletOption } from "@/lib/outlets/list-outlets";
import { ConflictView } from "./conflict-view";

type Props = {
  observation: ObservationDto;
  unit: string;
  outlets: OutletOption[];
  action: (state: EditState, form: FormData) => Promise<EditState>;
};

export function EditForm({ observation, unit, outlets, action }: Props) {
  const t = useTranslations("forms.edit");
  const [state, formAction, isPending] = useActionState(action, {});
  const [values, setValues] = useState(() => toFieldValues(toFormValues(observation)));
  const e = state.fieldErrors ?? {};
  const errorRef = useRef<HTMLDivElement>(null);
  // A refused save answers with what was sent: the fields show it (set while rendering, once per answer).
  const [answered, setAnswered] = useState(state);
  if (answered !== state) {
    setAnswered(state);
    if (state.values && !state.conflict) setValues(toFieldValues(state.values));
  }
  useEffect(() => {
    if (state.message && !state.conflict) errorRef.current?.focus();
  }, [state]);

  if (state.conflict) {
    return (
      <ConflictView
        conflict={state.conflict}
        mine={(state.values ?? {}) as ObservationFormValues}
        outlets={outlets}
        formAction={formAction}
        isPending={isPending}
      />
    );
  }

  const onChange = (patch: Partial<ObservationFieldValues>) => setValues((old) => ({ ...old, ...patch }));
  return (
    <form {...submitProps(formAction)} className="log-form" noValidate>
      <input type="hidden" name="id" value={observation.id} />
      <input type="hidden" name="version" value={observation.version} />
      {state.message && (
        <div className="form-error" role="alert" tabIndex={-1} ref={errorRef}>
          {state.message}
        </div>
      )}
      <ObservationFields
        values={values}
        onChange={onChange}
        errors={e}
        unit={unit}
        outlets={outlets}
        canAddOutlet={false}
      />
      <Field name="reason" label={t("why")} hint={t("whyHint")} errors={e.reason}>
        {(a) => <input {...a} defaultValue={state.values?.reason} />}
      </Field>
      <div className="form-actions">
        <button className="button" disabled={isPending}>
          {isPending ? t("saving") : t("save")}
        </button>
        <Link className="button secondary" href={`/observations/${observation.id}`}>
          {t("cancel")}
        </Link>
        <span className="small muted">{t("footer", { version: observation.version })}</span>
      </div>
    </form>
  );
}
