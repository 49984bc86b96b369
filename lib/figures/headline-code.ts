// The version of the code that makes headlines (lib/figures/list-figure-headlines.ts and the
// modules it reaches in lib/values, lib/format, the monitoring settings and the locales). A kept
// headline (figure_headline) made by other code is not used. tests/unit/headline-code.test.ts
// checks that it is the digest of those files, so changing them fails the test until it is set
// to the new digest the test prints.
export const HEADLINE_CODE = "c373ab79fbeaeb29";
