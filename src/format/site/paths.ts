// Where each page lives in the site, as paths from its root. Every link is made relative to the
// page it appears on, so the site works from file:// and under any sub-path (GitHub Pages).

/** A file-name-safe form of an id or code: kebab-case passes as is, anything else is hex-escaped. */
export function slug(text: string): string {
  const lower = text.toLowerCase();
  if (/^[a-z0-9]+(-[a-z0-9]+)*$/.test(lower) && lower.length <= 120) return lower;
  return [...text].map((c) => (/[a-z0-9-]/.test(c) ? c : `_${c.codePointAt(0)!.toString(16)}`)).join('').slice(0, 200) || '_';
}

export const SITE_PATHS = {
  index: 'index.html',
  countries: 'countries/index.html',
  deadlines: 'deadlines.html',
  recordsJson: 'downloads/records.json',
  ics: 'downloads/deadlines.ics',
  css: 'assets/site.css',
  icon: 'assets/icon.svg',
  script: 'assets/site.js',
  minisearch: 'assets/minisearch.js',
  searchIndex: 'assets/search-index.js',
  country: (code: string): string => `countries/${slug(code)}.html`,
  record: (id: string): string => `records/${slug(id)}.html`,
} as const;

/** The href from the page at `from` to the site path `to` (both from the site root). */
export function relativeHref(from: string, to: string): string {
  const depth = from.split('/').length - 1;
  return '../'.repeat(depth) + to;
}
