import "server-only";
// Every server action behind a form goes through this: role check first, then domain errors
// become `{ message, fieldErrors }` for useActionState, in the reader's language. Redirects pass through untouched.
import { headers } from "next/headers";
import { unstable_rethrow } from "next/navigation";
import { authorize, type Actor, type Role } from "../auth/authorize";
import { markDatabaseDown } from "../db/availability";
import { asAppError, type FieldErrors } from "../errors";
import { localizeError } from "../i18n/localize-error";
import { getRequestLocale } from "../i18n/request-locale";
import { readForm } from "./read-form";
import { refuseNul } from "./refuse-nul";

/**
 * `ok` marks a success message (shown as a toast); `secret` is shown once (a generated password);
 * `warnings`: nothing was saved yet, the form may resend with confirmation (see the log form).
 */
export type FormState = {
  message?: string;
  ok?: boolean;
  secret?: string;
  fieldErrors?: FieldErrors;
  values?: Record<string, string>;
  warnings?: { code: string; message: string }[];
};

export function handleFormAction(need: Role, fn: (args: { form: FormData; actor: Actor }) => Promise<FormState>) {
  return async (_prev: FormState, form: FormData): Promise<FormState> => {
    try {
      const actor = await authorize({ need, headers: await headers() });
      refuseNul(readForm(form));
      return await fn({ form, actor });
    } catch (e) {
      unstable_rethrow(e);
      const err = asAppError(e);
      if (err.code === "unavailable") markDatabaseDown();
      const values = readForm(form, { isSecretOmitted: true });
      const words = localizeError(err, await getRequestLocale().catch(() => "en" as const));
      return { message: words.message, fieldErrors: words.fields, values };
    }
  };
}
