// Empty: without a file of its own, Turbopack takes the repository root's instrumentation.ts
// (Tally's job queue and listeners), which the baseline must not run.
export function register() {}
