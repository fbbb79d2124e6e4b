// English collation, not the machine's locale: the same registry sorts the same everywhere.
let collator: Intl.Collator | undefined;

const PLAIN = /^[a-z0-9-]*$/;

/**
 * Orders text as a reader expects (Intl.Collator for English). Ids, dates, kinds and statuses
 * are lowercase ASCII letters, digits and hyphens, for which that order is plain code-unit order
 * (hyphen, then digits, then letters, shorter first), so they skip the collator: creating one
 * costs about 6 ms at start-up, and comparing through it is slower.
 */
export function compareText(a: string, b: string): number {
  if (PLAIN.test(a) && PLAIN.test(b)) return comparePlain(a, b);
  collator ??= new Intl.Collator('en');
  return collator.compare(a, b);
}

/** Whether compareText orders `text` by code units (lowercase ASCII letters, digits, hyphens). */
export const isPlainText = (text: string): boolean => PLAIN.test(text);

/** compareText for two plain texts (see isPlainText): code-unit order. */
export const comparePlain = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Sorts texts in place by compareText; plain ones by sort() with no comparer, which makes no call per comparison. */
export function sortTexts(texts: string[]): string[] {
  const compare = comparerFor(texts);
  return compare === comparePlain ? texts.sort() : texts.sort(compare);
}

/**
 * compareText for sorting `texts`: comparePlain when every one is plain, so that a sort of
 * 10,000 ids does not test each of them at every comparison.
 */
export function comparerFor(texts: Iterable<string>): (a: string, b: string) => number {
  for (const text of texts) if (!PLAIN.test(text)) return compareText;
  return comparePlain;
}
