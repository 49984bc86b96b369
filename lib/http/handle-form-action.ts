import "server-only";
// Every server action behind a form goes through this: role check first, then domain errors
// become `{ message, fieldErrors }` for useActionState. Redirects pass through untouched.
import { unstable_rethrow } from "next/navigation";
import { authorize, type Actor, type Role } from "../auth/authorize";
import { asAppError, type FieldErrors } from "../errors";

/** `warnings`: nothing was saved yet; the form may resend with confirmation (see the log form). */
export type FormState = { message?: string; fieldErrors?: FieldErrors; values?: Record<string, string>; warnings?: { code: string; message: string }[] };

export function handleFormAction(need: Role, fn: (args: { form: FormData; actor: Actor }) => Promise<FormState>) {
  return async (_prev: FormState, form: FormData): Promise<FormState> => {
    try {
      const actor = await authorize({ need });
      return await fn({ form, actor });
    } catch (e) {
      unstable_rethrow(e);
      const err = asAppError(e);
      const values = Object.fromEntries([...form.entries()].filter(([k, v]) => typeof v === "string" && !k.startsWith("$")) as [string, string][]);
      return { message: err.message, fieldErrors: err.fields, values };
    }
  };
}
