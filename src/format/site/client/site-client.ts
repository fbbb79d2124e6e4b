// Runs in the browser, on the site's front page only: shows the filter form and filters the
// table of records. Compiled by tsc with the rest of coop, then copied into the site as a classic
// script (coop site strips the module marker), because file:// pages cannot load modules.
// Without JavaScript the page is a plain table of every record; nothing here is needed to read it.
// It never writes markup: only `hidden`, text content and attributes change.

import type MiniSearchClass from 'minisearch';

declare global {
  interface Window {
    MiniSearch?: typeof MiniSearchClass;
    COOP_SEARCH?: { fields: string[]; storeFields: string[]; index: unknown };
  }
}

(() => {
  const form = document.getElementById('record-filters');
  const table = document.getElementById('records');
  const statusLine = document.getElementById('filter-status-line');
  if (!(form instanceof HTMLFormElement) || !table || !statusLine) return;

  // The same folding as the index built by coop site: no accents, lower case.
  const processTerm = (term: string): string => term.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
  const data = window.COOP_SEARCH;
  const engine =
    data && window.MiniSearch
      ? window.MiniSearch.loadJS(data.index as Parameters<typeof MiniSearchClass.loadJS>[0], { idField: 'id', fields: data.fields, storeFields: data.storeFields, processTerm })
      : undefined;

  const rows = Array.from(table.querySelectorAll<HTMLTableRowElement>('tbody tr'));
  const field = (name: string): string => {
    const element = form.elements.namedItem(name);
    return element instanceof HTMLInputElement || element instanceof HTMLSelectElement ? element.value.trim() : '';
  };

  const apply = (): void => {
    const query = field('q');
    const country = field('country');
    const kind = field('kind');
    const status = field('status');
    const area = field('area');
    const since = /^\d{4}$/.test(field('since')) ? `${field('since')}-01-01` : '';
    const until = /^\d{4}$/.test(field('until')) ? `${field('until')}-12-31` : '';
    const found = query && engine ? new Set(engine.search(query, { prefix: true, combineWith: 'AND' }).map((r) => String(r.id))) : undefined;
    let shown = 0;
    for (const row of rows) {
      const d = row.dataset;
      const dated = d.from !== '' && d.to !== '';
      const keep =
        (!found || found.has(d.id ?? '')) &&
        (!country || (d.countries ?? '').split(' ').includes(country)) &&
        (!kind || d.kind === kind) &&
        (!status || d.status === status) &&
        (!area || (d.areas ?? '').split(' ').includes(area)) &&
        (!since || (dated && (d.to ?? '') >= since)) &&
        (!until || (dated && (d.from ?? '') <= until));
      row.hidden = !keep;
      if (keep) shown++;
    }
    const filtered = shown !== rows.length;
    const all = `${rows.length} record${rows.length === 1 ? '' : 's'}`;
    statusLine.textContent = filtered ? `Showing ${shown} of ${all}.` : `${all}.`;
    table.classList.toggle('is-filtered', filtered);
  };

  form.hidden = false;
  form.addEventListener('input', apply);
  form.addEventListener('change', apply);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    apply();
  });
  form.addEventListener('reset', () => window.setTimeout(apply, 0));
  if (!engine) {
    const search = document.getElementById('filter-search');
    if (search instanceof HTMLInputElement) search.disabled = true;
  }
  apply();
})();
