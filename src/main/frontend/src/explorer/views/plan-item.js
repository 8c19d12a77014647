// A row's page (/explorer/item/<key>): its text, targets and results per year, the units that answer for it with
// groups expanded to their members, its legal-basis chain drawn, and the same indicator at other levels.
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, graphElements, groupResponsibilities, PILLARS, pathFor, rowNumber } from '../format.js';
import { COMPARE, PLAN_ITEM } from '../queries/index.js';
import { done, errorBox, showError, showProgress } from '../status.js';
import { comparisonSection } from '../components/comparison.js';
import { evidenceLinks, evidenceList } from '../components/evidence.js';
import { answeredBy, readAsOf, todayInVietnam } from '../answering.js';
import { lineageGraph } from '../components/graph.js';
import { yearTable } from '../components/tables.js';

const unitLink = (agency) => h('a', { href: pathFor('Agency', agency.key), lang: 'vi' }, agency.name);

const SHARES = { WHOLE: 'whole', PARTIAL: 'in part' };

/** One unit that answers today: its link, since when and for what share, and the clause that says so. */
function successorEntry(u) {
  const facts = [u.since ? `since ${formatDate(u.since)}` : 'no date stated', SHARES[u.share]].filter(Boolean).join(', ');
  const source = evidenceLinks(u.provenance.slice(0, 1));
  return [unitLink(u.agency), ` (${facts})`, source.length ? [' · ', source] : null];
}

/**
 * A unit as the row names it and, when the graph records that its duties passed on, who answers on the date:
 * "today: UBND phường Long Châu (since 01/07/2025, whole) · 1687/NQ-UBTVQH15, lines 411-413".
 */
function unitEntry({ agency, answering }, when) {
  const said = answeredBy(answering);
  let today = null;
  if (said?.status === 'NOT_YET_SUCCEEDED') {
    today = [`${when}: still answers itself (a succession takes effect later)`];
  } else if (said?.units.length) {
    today = [`${when}: `, said.units.flatMap((u, i) => (i ? ['; ', successorEntry(u)] : [successorEntry(u)]))];
  }
  return h(
    'li',
    { dataset: { unit: agency.key, status: answering?.status } },
    unitLink(agency),
    today ? h('span', { class: 'today', title: said.explanation, lang: 'vi' }, today) : null,
  );
}

function header(item) {
  const doc = item.document;
  return h(
    'header',
    { class: 'entity-header' },
    h('p', { class: 'kind' }, `Plan item · ${item.kind.toLowerCase().replace('_', ' ')} · `, PILLARS[item.pillar]),
    h('h1', { lang: 'vi' }, item.text),
    h(
      'p',
      { class: 'title' },
      `Row ${rowNumber(item)} of `,
      h('a', { href: pathFor('Document', doc.key) }, doc.number ?? doc.key),
      doc.issuer ? ` (${doc.issuer.name})` : null,
      item.section ? h('span', { class: 'muted', lang: 'vi' }, ` · ${item.section}`) : null,
    ),
    item.doubt ? h('p', { class: 'doubt', lang: 'vi' }, h('strong', {}, 'Curator’s doubt: '), item.doubt) : null,
    item.note ? h('p', { lang: 'vi' }, h('strong', {}, 'Note (Ghi chú): '), item.note) : null,
  );
}

function roleBlock(title, raw, bucket, when) {
  const direct = bucket?.direct ?? [];
  const groups = bucket?.groups ?? [];
  return h(
    'div',
    { class: 'role', dataset: { role: title } },
    h('h3', {}, title),
    raw ? h('p', { class: 'raw', lang: 'vi' }, h('span', { class: 'muted' }, 'As written: '), raw) : null,
    direct.length ? h('ul', { class: 'units' }, direct.map((r) => unitEntry(r, when))) : null,
    groups.map(({ group, members }) =>
      h(
        'div',
        { class: 'group' },
        h('p', {}, unitLink(group), ` — ${members.length} members:`),
        h('ul', { class: 'units members' }, members.map((r) => unitEntry(r, when))),
      ),
    ),
    !direct.length && !groups.length ? h('p', { class: 'muted' }, 'None named.') : null,
  );
}

/** A date field that opens this row's page as of another date (`?asOf=2025-06-30`); empty: today. */
function asOfForm(item, asOf, navigate) {
  const input = h('input', { type: 'date', name: 'asOf', value: asOf ?? '', 'aria-label': 'Who answers on this date' });
  const go = () => navigate(`${pathFor('PlanItem', item.key)}${input.value ? `?asOf=${input.value}` : ''}`);
  return h(
    'form',
    { class: 'as-of', onsubmit: (e) => { e.preventDefault(); go(); } },
    h('label', {}, 'Who answers on ', input),
    h('button', { type: 'submit', class: 'more' }, 'Show'),
    asOf ? h('a', { href: pathFor('PlanItem', item.key) }, 'today') : null,
  );
}

function responsibility(item, asOf, navigate) {
  const roles = groupResponsibilities(item.responsibleUnits);
  const when = asOf ? `on ${formatDate(asOf)}` : 'today';
  return h(
    'section',
    { class: 'responsibility' },
    h('h2', {}, 'Who answers for it'),
    h('div', { class: 'roles' }, roleBlock('Lead', item.leadRaw, roles.LEAD, when), roleBlock('Cooperating', item.cooperatingRaw, roles.COOPERATING, when)),
    asOfForm(item, asOf, navigate),
  );
}

async function comparison(item, signal) {
  if (!item.indicator) return null;
  try {
    const data = await query(COMPARE, { indicator: item.indicator.key }, { signal });
    return comparisonSection(data.compare, { currentKey: item.key });
  } catch (e) {
    if (e.name === 'AbortError') throw e;
    return h('section', {}, h('h2', {}, 'The same indicator at other levels'), errorBox(e));
  }
}

export async function renderPlanItem(main, route, { signal, navigate }) {
  showProgress(main, 'Loading the row');
  try {
    // who answers: on the date the URL names, else today in Vietnam
    const asOf = readAsOf(window.location.search);
    const data = await query(PLAN_ITEM, { key: route.key, from: route.key, asOf: asOf ?? todayInVietnam() }, { signal });
    const item = data.planItem;
    const compared = await comparison(item, signal);
    done(main);
    document.title = `${item.document.number ?? item.document.key} row ${rowNumber(item)} · Plan lineage explorer`;
    replace(
      main,
      header(item),
      h('section', { class: 'targets' }, h('h2', {}, 'Targets and results per year'), yearTable(item)),
      responsibility(item, asOf, navigate),
      lineageGraph({
        title: 'Its legal basis, up to the top',
        elements: graphElements(item.id, [data.lineage]),
        truncated: data.lineage.truncated,
        navigate,
        note: item.legalBasisRaw ? ['Legal-basis cell as written: ', h('span', { lang: 'vi' }, item.legalBasisRaw)] : null,
      }),
      compared,
      item.provenance.length ? h('section', {}, h('h2', {}, 'Where the row stands in its source'), evidenceList(item.provenance)) : null,
    );
  } catch (e) {
    if (e.name !== 'AbortError') showError(main, e);
  }
}
