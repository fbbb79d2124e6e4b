// A typo is a few edits; nobody mistypes a 400 KB value. Past these bounds no suggestion is
// made, so one hostile value cannot cost seconds of comparisons.
const MAX_EDITS = 3;
const MAX_INPUT_LENGTH = 100;

/** The candidate closest to `input` by edit distance, if it is close enough to be a likely typo. */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  if (input.length > MAX_INPUT_LENGTH) return undefined;
  const wanted = input.toLowerCase();
  let limit = Math.min(MAX_EDITS, Math.max(1, Math.floor(wanted.length / 3)));
  let best: string | undefined;
  for (const candidate of candidates) {
    // The length difference alone is a lower bound on the distance: most candidates stop here.
    if (Math.abs(candidate.length - wanted.length) > limit) continue;
    const distance = editDistanceWithin(wanted, candidate.toLowerCase(), limit);
    if (distance < limit || (distance === limit && best === undefined)) {
      best = candidate;
      limit = distance;
    }
  }
  return best;
}

/** Damerau-Levenshtein (optimal string alignment) distance, so a swapped pair counts as one edit. */
export function editDistance(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = value;
    }
  }
  return d[rows * cols - 1]!;
}

let scratch = new Int32Array(0);

/**
 * editDistance when it is at most `limit`, else `limit + 1`, in time linear in the strings'
 * length: only the diagonal band of width 2 * limit + 1 can hold a distance within the limit, and
 * once a whole row exceeds it no later row can come back. Ids of the same shape (all of them
 * close in length) made the full table cost seconds for a registry with 1,000 dangling references.
 */
export function editDistanceWithin(a: string, b: string, limit: number): number {
  const over = limit + 1;
  if (Math.abs(a.length - b.length) > limit) return over;
  const width = b.length + 1;
  // The rows live in one buffer kept from call to call: a suggestion compares against thousands
  // of ids. It grows to twice what is needed, so that slowly longer strings do not regrow it each time.
  if (scratch.length < 3 * width) scratch = new Int32Array(6 * width);
  // Row i - 2, for transpositions: read from row 2 on, by when it holds row 0.
  let before = scratch.subarray(0, width);
  let above = scratch.subarray(width, 2 * width); // row i - 1
  let row = scratch.subarray(2 * width, 3 * width);
  for (let j = 0; j < width; j++) above[j] = Math.min(j, over);
  for (let i = 1; i <= a.length; i++) {
    row.fill(over);
    row[0] = Math.min(i, over);
    let best = row[0]!;
    for (let j = Math.max(1, i - limit); j <= Math.min(b.length, i + limit); j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(above[j]! + 1, row[j - 1]! + 1, above[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      row[j] = Math.min(value, over);
      best = Math.min(best, row[j]!);
    }
    if (best > limit) return over;
    const oldest = before;
    before = above;
    above = row;
    row = oldest;
  }
  return above[b.length]!;
}

/** `did you mean "x"?` or nothing. */
export function didYouMean(input: string, candidates: Iterable<string>): string {
  const match = closest(input, candidates);
  return match ? `; did you mean "${match}"?` : '';
}
