// The instant an as-of view stops at: a date means the end of that day (UTC), the last moment
// the desk could have known something "on" it; an explicit time means that instant.
export function asOfCutoff(asOf: string): Date {
  return /^\d{4}-\d{2}-\d{2}$/.test(asOf) ? new Date(`${asOf}T23:59:59.999Z`) : new Date(asOf);
}
