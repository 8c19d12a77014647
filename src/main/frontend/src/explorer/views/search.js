// The search page (/explorer/?q=...&kinds=...): hits for documents, plan items, indicators and units as you type;
// without a text, a short introduction with a few starting points.
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, LEVELS, nodeLabel, pathForId, snippetParts } from '../format.js';
import { SEARCH } from '../queries/index.js';
import { done, showError, showProgress } from '../status.js';

export const KINDS = { DOCUMENT: 'Documents', PLAN_ITEM: 'Plan items', INDICATOR: 'Indicators', AGENCY: 'Units' };
const KIND_LABEL = { DOCUMENT: 'Document', PLAN_ITEM: 'Plan item', INDICATOR: 'Indicator', AGENCY: 'Unit' };

/** The kinds a search URL keeps (`kinds=DOCUMENT,AGENCY`); all when none is named. */
export function kindsOf(search) {
  const named = (new URLSearchParams(search).get('kinds') ?? '').split(',').filter((k) => KINDS[k]);
  return named.length ? named : null;
}

function meta(node) {
  switch (node.__typename) {
    case 'Document':
      return [formatDate(node.issuedOn), node.issuer?.name, node.title].filter(Boolean).join(' · ');
    case 'Agency':
      return LEVELS[node.level] ?? '';
    default:
      return '';
  }
}

function hit(result) {
  const { node } = result;
  return h(
    'li',
    { class: 'hit', dataset: { kind: result.kind } },
    h('span', { class: ['badge', `badge-${result.kind.toLowerCase()}`] }, KIND_LABEL[result.kind] ?? result.kind),
    h('a', { class: 'hit-title', href: pathForId(node.id), lang: 'vi' }, nodeLabel(node)),
    h('div', { class: 'hit-meta', lang: 'vi' }, meta(node)),
    h('p', { class: 'snippet', lang: 'vi' }, snippetParts(result.snippet).map((p) => (p.marked ? h('mark', {}, p.text) : p.text))),
  );
}

function intro() {
  const start = (href, text, why) => h('li', {}, h('a', { href }, text), ` — ${why}`);
  return h(
    'section',
    { class: 'intro' },
    h('h1', {}, 'Plan lineage explorer'),
    h(
      'p',
      {},
      'How Vĩnh Long’s digital-transformation plans derive from one another: from a Party resolution to the ' +
        'province’s decision, the city’s action plan and the yearly targets of each row, with the units that answer ' +
        'for them. Type in the box above (diacritics optional: “ty le ho so” finds “Tỷ lệ hồ sơ”), or start here:',
    ),
    h(
      'ul',
      { class: 'starts' },
      start('/explorer/item/3100-qd-ubnd-2023:12', 'Row 12 of 3100/QĐ-UBND', 'a target of the eleven wards, and its chain to 07-NQ/TU'),
      start('/explorer/document/742-qd-ubnd-2023', '742/QĐ-UBND', 'the province’s plan, what it derives from and what derives from it'),
      start('/explorer/indicator/ty-le-cbccvc-pho-cap-ky-nang-so-co-ban', 'Basic digital skills of civil servants', 'where the city asks for less than the province'),
      start('/explorer/unit/ubnd-11-phuong-tpvl', 'UBND 11 phường', 'a group and its members'),
    ),
    h('p', { class: 'muted' }, 'Every page here is built on the public GraphQL API at /graphql; try it in ', h('a', { href: '/graphiql' }, 'GraphiQL'), '.'),
  );
}

function kindFilter(text, kinds, navigate) {
  const change = (form) => {
    const chosen = [...form.querySelectorAll('input:checked')].map((i) => i.value);
    const params = new URLSearchParams({ q: text });
    if (chosen.length && chosen.length < Object.keys(KINDS).length) params.set('kinds', chosen.join(','));
    navigate(`/explorer/?${params}`, { replace: true });
  };
  const form = h(
    'form',
    { class: 'kinds', onchange: () => change(form), onsubmit: (e) => e.preventDefault() },
    h('span', { class: 'muted' }, 'Show: '),
    Object.entries(KINDS).map(([kind, label]) =>
      h('label', {}, h('input', { type: 'checkbox', value: kind, checked: !kinds || kinds.includes(kind) }), ` ${label}`),
    ),
  );
  return form;
}

export async function renderSearch(main, route, { signal, navigate }) {
  const text = route.text.trim();
  if (text.length < 2) {
    replace(main, intro(), text ? h('p', { class: 'muted' }, 'Type at least two characters.') : null);
    return;
  }
  const kinds = kindsOf(window.location.search);
  const results = h('div', { class: 'results' });
  replace(main, h('h1', { class: 'visually-hidden' }, `Search: ${text}`), kindFilter(text, kinds, navigate), results);
  showProgress(results, 'Searching');
  try {
    const data = await query(SEARCH, { text, kinds }, { signal });
    done(results);
    replace(
      results,
      h('p', { class: 'muted', role: 'status' }, data.search.length ? `${data.search.length} best matches for “${text}”` : `Nothing matches “${text}”.`),
      h('ol', { class: 'hits' }, data.search.map(hit)),
    );
  } catch (e) {
    if (e.name !== 'AbortError') showError(results, e);
  }
}
