// The one FormData reader: a posted form's text fields as a plain record. Files are left out, and
// so are Next.js's own fields ("$ACTION_ID_…"); `isSecretOmitted` drops passwords, for echoing
// what was typed back to the form after an error. Form → input mapping lives in each form's
// contract (lib/<domain>/<form>-form.ts); this only reads.
export function readForm(form: FormData, opts: { isSecretOmitted?: boolean } = {}): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$")) continue;
    if (opts.isSecretOmitted && /password/i.test(key)) continue;
    out[key] = value;
  }
  return out;
}

/** One text field, or undefined when it is absent or a file. */
export function formText(form: FormData, key: string): string | undefined {
  const value = form.get(key);
  return typeof value === "string" ? value : undefined;
}
