// The findings page (/explorer/findings?kind=...&document=...&level=...&year=...): what does not hold together
// across the graph, filtered by the URL, with the count of each kind, twenty at a time with "Show more".
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { LEVELS } from '../format.js';
import {
  documentLabel,
  FINDING_KINDS,
  findingsHeading,
  findingsPath,
  findingsVariables,
  readFindingsFilters,
} from '../findings-format.js';
import { FINDINGS } from '../queries/index.js';
import { done, errorBox, showProgress } from '../status.js';
import { findingCard } from '../components/finding.js';

/** The filters as a form: kinds with their counts, the document, the level and the year. A change opens its URL. */
function filterForm(filters, counts, navigate) {
  const countOf = (kind) => counts?.find((c) => c.kind === kind)?.count;
  const read = (form) => ({
    kinds: [...form.querySelectorAll('input[name=kind]:checked')].map((i) => i.value),
    document: form.elements.document.value.trim() || null,
    level: form.elements.level.value || null,
    year: form.elements.year.value.trim() || null,
  });
  const apply = (form) => navigate(findingsPath(read(form)));
  const form = h(
    'form',
    {
      class: 'finding-filters',
      onchange: () => apply(form),
      onsubmit: (e) => {
        e.preventDefault();
        apply(form);
      },
    },
    h(
      'fieldset',
      { class: 'finding-kinds' },
      h('legend', {}, 'Kinds ', h('span', { class: 'muted' }, '(none ticked: every kind)')),
      Object.entries(FINDING_KINDS).map(([kind, { title }]) => {
        const count = countOf(kind);
        return h(
          'label',
          { class: ['kind-choice', count === 0 ? 'empty' : null], dataset: { kind } },
          h('input', { type: 'checkbox', name: 'kind', value: kind, checked: filters.kinds.includes(kind) }),
          ` ${title}`,
          count === undefined ? null : h('span', { class: 'count' }, String(count)),
        );
      }),
    ),
    h(
      'div',
      { class: 'finding-fields' },
      h(
        'label',
        {},
        'Document ',
        h('input', { name: 'document', type: 'text', value: filters.document ?? '', placeholder: '3100/QĐ-UBND or a key', spellcheck: 'false' }),
      ),
      h(
        'label',
        {},
        'Level ',
        h(
          'select',
          { name: 'level' },
          h('option', { value: '' }, 'every level'),
          Object.entries(LEVELS).map(([level, label]) => h('option', { value: level, selected: filters.level === level }, label)),
        ),
      ),
      h('label', {}, 'Year ', h('input', { name: 'year', type: 'number', min: 1945, max: 2100, value: filters.year ?? '', placeholder: 'every year' })),
      h('button', { type: 'submit', class: 'more' }, 'Apply'),
      filters.kinds.length || filters.document || filters.level || filters.year
        ? h('a', { href: findingsPath({}), class: 'clear' }, 'Clear the filters')
        : null,
    ),
  );
  return form;
}

/** The list of findings with "Show more" while the API says more remain. */
function findingList(first, variables, signal) {
  const nodes = [...first.nodes];
  let page = first.pageInfo;
  const list = h('ol', { class: 'findings' }, nodes.map(findingCard));
  const status = h('p', { class: 'muted', role: 'status' });
  const more = h('button', { type: 'button', class: 'more' }, 'Show more');
  const update = () => {
    replace(status, nodes.length < first.totalCount ? `${nodes.length} of ${first.totalCount} shown.` : '');
    more.hidden = !page.hasNextPage;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const data = await query(FINDINGS, { ...variables, after: page.endCursor, withCounts: false }, { signal });
      const next = data.findings;
      nodes.push(...next.nodes);
      list.append(...next.nodes.map(findingCard));
      page = next.pageInfo;
      update();
    } catch (e) {
      if (e.name !== 'AbortError') replace(status, errorBox(e));
    } finally {
      more.disabled = false;
    }
  });
  update();
  return [list, status, more];
}

export async function renderFindings(main, route, { signal, navigate }) {
  const filters = readFindingsFilters(route.search);
  const variables = findingsVariables(filters);
  document.title = 'Findings · Plan lineage explorer';
  const intro = h(
    'p',
    { class: 'muted' },
    'What does not hold together across the graph, computed from it on each request: targets weaker or stronger than ' +
      'the level above, targets below results already reported, rows a lower plan does not carry, rows assigned to ' +
      'units that have been succeeded, and cells with words that name no unit.',
  );
  const ignored = filters.ignored.length
    ? h('p', { class: 'warning', role: 'alert' }, 'Left out of the filters: ', filters.ignored.join('; '), '.')
    : null;
  const results = h('section', { class: 'finding-results' });
  const head = (counts) => h('header', { class: 'entity-header' }, h('h1', {}, 'Findings'), intro, ignored, filterForm(filters, counts, navigate));
  replace(main, head(null), results);
  showProgress(results, 'Computing the findings');
  try {
    const data = await query(FINDINGS, variables, { signal });
    const { findings } = data;
    done(results);
    replace(main, head(findings.counts), results);
    const label = documentLabel(filters.document, findings.nodes);
    replace(
      results,
      h('h2', { class: 'findings-heading' }, findingsHeading(findings.totalCount, { ...filters, documentLabel: label })),
      findings.totalCount ? findingList(findings, variables, signal) : h('p', { class: 'muted' }, 'No finding passes these filters.'),
    );
  } catch (e) {
    if (e.name === 'AbortError') return;
    done(results);
    // a request that ran out of time (extensions.limit) or got no answer may pass on a second try; a refusal will not
    const retryable = !e.errors?.length || e.errors.some((x) => x.extensions?.limit === 'app.graphql.timeout');
    const retry = retryable ? () => navigate(window.location.pathname + window.location.search) : null;
    replace(results, errorBox(e, { retry }));
  }
}
