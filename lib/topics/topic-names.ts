// A topic's name in the reader's language. Topics are stored as the desk wrote them (on figures
// and events, usually English); topic_translation may give another language's name. Pure: pages,
// cards and the API's cards use it; where nobody named a topic, the stored name is shown.
import type { TranslatedLocale } from "../figures/figure-dto";
import type { Locale } from "../i18n/locales";

/** `{ "Cocaine and coca": { es: "Cocaína y coca" } }`: only the topics and languages someone named. */
export type TopicNames = Record<string, Partial<Record<TranslatedLocale, string>>>;

export function topicName(topic: string, names: TopicNames | undefined, locale: Locale | string): string {
  return names?.[topic]?.[locale as TranslatedLocale] || topic;
}

/** Only the names of `topics` (a card carries its own topics' names, not every topic's). */
export function pickTopicNames(names: TopicNames, topics: string[]): TopicNames {
  return Object.fromEntries(topics.filter((t) => names[t]).map((t) => [t, names[t]]));
}
