// The version of the code that makes headlines (lib/figures/list-figure-headlines.ts and the
// modules it reaches in lib/values, lib/format, the monitoring settings and the locales, without
// their comments). A kept headline (figure_headline) made by other code is not used.
// tests/unit/headline-code.test.ts checks that it is the digest of that code, so changing it fails
// the test until it is set to the new digest the test prints.
export const HEADLINE_CODE = "2ff5e8c6959138a0";
