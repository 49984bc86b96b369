// The quote proposed for a number: its sentence, or — when the "sentence" is longer than
// MAX_QUOTE_CHARS (a text with no full stops) — a window of that sentence around the number,
// cut at spaces. Keeps every candidate's size bounded whatever the text looks like.
import type { Span } from "./sentences";

export const MAX_QUOTE_CHARS = 400;

export function clipQuote(text: string, sentence: Span, number: Span): Span {
  if (sentence.end - sentence.start <= MAX_QUOTE_CHARS) return sentence;
  const room = Math.max(0, MAX_QUOTE_CHARS - (number.end - number.start));
  let start = Math.max(sentence.start, number.start - Math.floor(room / 2));
  const end = Math.min(sentence.end, start + MAX_QUOTE_CHARS);
  start = Math.max(sentence.start, end - MAX_QUOTE_CHARS);
  // Whole words only: move in to the nearest space, unless that would cut into the number.
  const from = text.indexOf(" ", start);
  const to = text.lastIndexOf(" ", end);
  const s = start > sentence.start && from >= 0 && from < number.start ? from + 1 : start;
  const e = end < sentence.end && to > number.end ? to : end;
  return { start: s, end: e };
}
