// How a reported number was qualified ("at least 43", "about 12", "between 12 and 15"). The one
// list of qualifiers: the database enum, the zod schemas, the forms and the wording
// (the `log.qualifier` message) all use it.

export const QUALIFIERS = ["exact", "approximately", "at_least", "more_than", "at_most", "less_than", "range"] as const;

export type Qualifier = (typeof QUALIFIERS)[number];
