// Tables of rows and of yearly values, every cell exactly as the source writes it.
import { h } from '../dom.js';
import { groupByPillar, pathFor, rawFor, rowNumber, yearsOf } from '../format.js';

/** A scrollable wrapper, so a wide table never widens a phone's page. */
export function scroller(table) {
  return h('div', { class: 'table-scroll' }, table);
}

/** One row's targets and results, a column per year. */
export function yearTable(item) {
  const years = yearsOf([item]);
  if (!years.length) return h('p', { class: 'muted' }, 'The row sets no yearly target.');
  const line = (label, entries) =>
    h('tr', {}, h('th', { scope: 'row' }, label), years.map((y) => h('td', { lang: 'vi' }, rawFor(entries, y) ?? '—')));
  return scroller(
    h(
      'table',
      { class: 'years' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), years.map((y) => h('th', { scope: 'col' }, String(y))))),
      h('tbody', {}, line('Target', item.targets), item.results?.length ? line('Result', item.results) : null),
    ),
  );
}

/** Table rows with their text and targets per year; `withDocument` adds the document each row is set in. */
export function itemTable(items, { withDocument = false } = {}) {
  const years = yearsOf(items);
  return scroller(
    h(
      'table',
      { class: 'items' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          withDocument ? h('th', { scope: 'col' }, 'Document') : null,
          h('th', { scope: 'col' }, 'Row'),
          h('th', { scope: 'col' }, 'Target / task'),
          years.map((y) => h('th', { scope: 'col', class: 'year' }, String(y))),
        ),
      ),
      h(
        'tbody',
        {},
        items.map((item) =>
          h(
            'tr',
            {},
            withDocument ? h('td', { class: 'nowrap' }, h('a', { href: pathFor('Document', item.document.key) }, item.document.number ?? item.document.key)) : null,
            h('td', { class: 'nowrap' }, h('a', { href: pathFor('PlanItem', item.key) }, rowNumber(item))),
            h('td', { class: 'text', lang: 'vi' }, h('a', { href: pathFor('PlanItem', item.key) }, item.text)),
            years.map((y) => h('td', { class: 'year', lang: 'vi' }, rawFor(item.targets, y) ?? '')),
          ),
        ),
      ),
    ),
  );
}

/** Rows grouped under their pillar headings, each group a table. */
export function itemsByPillar(items) {
  return groupByPillar(items).map((group) =>
    h('section', { class: 'pillar' }, h('h3', {}, `${group.label} · ${group.items.length}`), itemTable(group.items)),
  );
}
