// OWASP CSV injection: a text cell that a spreadsheet would run as a formula gets a leading
// apostrophe. Numeric columns never pass through here, so "-3" stays a number.
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
