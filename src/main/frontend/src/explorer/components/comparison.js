// The same indicator at several levels: each level's target per year, and each verdict coloured
// (a weaker target, LOWER, in red).
import { h } from '../dom.js';
import { LEVELS, pathFor, verdictStyle } from '../format.js';
import { scroller } from './tables.js';

const side = (entry) =>
  h('span', {}, h('a', { href: pathFor('PlanItem', entry.item.key) }, entry.document.number), ` (${LEVELS[entry.level] ?? entry.level}): `, h('strong', { lang: 'vi' }, entry.target.raw));

/** The comparison's verdicts, one line per year and pair, then every entry. `currentKey` marks this page's row. */
export function comparisonSection(compare, { currentKey, title = 'The same indicator at other levels', onIndicatorPage = false } = {}) {
  const { pairs, entries } = compare;
  return h(
    'section',
    { class: 'comparison' },
    h('h2', {}, title),
    onIndicatorPage ? null : h('p', {}, 'Indicator: ', h('a', { href: pathFor('Indicator', compare.indicator.key) }, compare.indicator.name)),
    compare.indicator.note ? h('p', { class: 'muted', lang: 'vi' }, compare.indicator.note) : null,
    pairs.length
      ? scroller(
          h(
            'table',
            { class: 'verdicts' },
            h('thead', {}, h('tr', {}, ['Year', 'Lower level', 'Upper level', 'Verdict'].map((t) => h('th', { scope: 'col' }, t)))),
            h(
              'tbody',
              {},
              pairs.map((pair) => {
                const style = verdictStyle(pair.verdict);
                return h(
                  'tr',
                  { class: style.className, dataset: { verdict: pair.verdict } },
                  h('td', {}, String(pair.year)),
                  h('td', {}, side(pair.lower)),
                  h('td', {}, side(pair.upper)),
                  h('td', {}, h('span', { class: ['verdict', style.className] }, style.label), h('div', { class: 'explanation' }, pair.explanation)),
                );
              }),
            ),
          ),
        )
      : h('p', { class: 'muted' }, 'No other level sets this indicator for the same year: nothing to compare.'),
    h(
      'details',
      {},
      h('summary', {}, `Every target (${entries.length})`),
      scroller(
        h(
          'table',
          { class: 'entries' },
          h('thead', {}, h('tr', {}, ['Year', 'Level', 'Document', 'Row', 'Target'].map((t) => h('th', { scope: 'col' }, t)))),
          h(
            'tbody',
            {},
            entries.map((e) =>
              h(
                'tr',
                { class: e.item.key === currentKey ? 'current' : null },
                h('td', {}, String(e.year)),
                h('td', {}, LEVELS[e.level] ?? e.level),
                h('td', {}, h('a', { href: pathFor('Document', e.document.key) }, e.document.number)),
                h('td', { lang: 'vi' }, h('a', { href: pathFor('PlanItem', e.item.key) }, `${e.item.number ?? ''} ${e.item.text}`)),
                h('td', { lang: 'vi' }, e.target.raw),
              ),
            ),
          ),
        ),
      ),
    ),
  );
}
