// A unit's page (/explorer/unit/<key>): what it leads and cooperates on, directly and through its groups, its
// groups and members, the units whose duties it took over or that took over its duties (dates, shares, sources),
// and who answers for it today.
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, LEVELS, pathFor } from '../format.js';
import { UNIT, UNIT_ROWS } from '../queries/index.js';
import { done, errorBox, showError, showProgress } from '../status.js';
import { evidenceList } from '../components/evidence.js';
import { itemTable } from '../components/tables.js';
import { todayInVietnam } from '../answering.js';

const unitLink = (agency) => h('a', { href: pathFor('Agency', agency.key), lang: 'vi' }, agency.name);

function header(unit) {
  return h(
    'header',
    { class: 'entity-header' },
    h('p', { class: 'kind' }, `Unit · ${unit.kind.toLowerCase().replaceAll('_', ' ')}`, unit.level ? ` · ${LEVELS[unit.level]}` : ''),
    h('h1', { lang: 'vi' }, unit.name),
    unit.aliases.length > 1 ? h('p', { class: 'muted', lang: 'vi' }, `Also written: ${unit.aliases.filter((a) => a !== unit.name).join(' · ')}`) : null,
    unit.parent ? h('p', {}, 'Part of ', unitLink(unit.parent)) : null,
    unit.doubt ? h('p', { class: 'doubt', lang: 'vi' }, h('strong', {}, 'Curator’s doubt: '), unit.doubt) : null,
  );
}

function unitList(title, units) {
  if (!units.length) return null;
  return h('section', {}, h('h2', {}, `${title} (${units.length})`), h('ul', { class: 'units columns' }, units.map((u) => h('li', {}, unitLink(u)))));
}

const SHARES = { WHOLE: 'the whole unit', PARTIAL: 'in part' };

/** When and how much: "since 01/07/2025 (decided 16/06/2025), the whole unit"; "no date stated". */
function successionFacts(s) {
  return [
    s.since ? `since ${formatDate(s.since)}` : 'no date stated',
    s.decidedOn ? `(decided ${formatDate(s.decidedOn)})` : null,
    SHARES[s.share] ? `, ${SHARES[s.share]}` : null,
  ]
    .filter(Boolean)
    .join(' ')
    .replace(' ,', ',');
}

function successions(unit) {
  const line = (words, s) =>
    h(
      'li',
      { dataset: { unit: s.agency.key } },
      words,
      unitLink(s.agency),
      ` ${successionFacts(s)}`,
      s.doubt ? h('p', { class: 'doubt', lang: 'vi' }, h('strong', {}, 'Curator’s note: '), s.doubt) : null,
      evidenceList(s.provenance),
    );
  const lines = [
    ...unit.successors.map((s) => line('Its duties passed to ', s)),
    ...unit.predecessors.map((p) => line('Took over the duties of ', p)),
  ];
  if (!lines.length) return null;
  const today = unit.answering;
  return h(
    'section',
    { class: 'successions-section' },
    h('h2', {}, 'Predecessors and successors'),
    today && today.status !== 'NO_SUCCESSOR_STATED'
      ? h('p', { class: 'answering', lang: 'vi' }, h('strong', {}, 'Who answers today: '), today.explanation)
      : null,
    h('ul', { class: 'successions' }, lines),
  );
}

/**
 * The rows a unit (`owner`) leads or cooperates on (`list`: 'leads' or 'cooperatesOn'), a hundred at a time, with
 * "Show more" while more remain.
 */
function rows(title, connection, { owner, list, via, signal }) {
  if (!connection.totalCount) return null;
  const nodes = [...connection.nodes];
  let page = connection.pageInfo;
  const table = h('div', {}, itemTable(nodes, { withDocument: true }));
  const status = h('p', { class: 'muted', role: 'status' });
  const more = h('button', { type: 'button', class: 'more' }, 'Show more');
  const update = () => {
    replace(table, itemTable(nodes, { withDocument: true }));
    replace(status, nodes.length < connection.totalCount ? `${nodes.length} of ${connection.totalCount} shown.` : '');
    more.hidden = !page.hasNextPage;
  };
  more.addEventListener('click', async () => {
    more.disabled = true;
    try {
      const leads = list === 'leads';
      const data = await query(
        UNIT_ROWS,
        { key: owner.key, leads, cooperates: !leads, [leads ? 'leadsAfter' : 'cooperatesAfter']: page.endCursor },
        { signal },
      );
      const next = data.agency[list];
      nodes.push(...next.nodes);
      page = next.pageInfo;
      update();
    } catch (e) {
      if (e.name !== 'AbortError') replace(status, errorBox(e));
    } finally {
      more.disabled = false;
    }
  });
  update();
  return h(
    'section',
    { class: 'unit-items', dataset: { list } },
    h('h2', {}, title, via ? [' through ', unitLink(via)] : null, ` (${connection.totalCount})`),
    table,
    status,
    more,
  );
}

export async function renderUnit(main, route, { signal }) {
  showProgress(main, 'Loading the unit');
  try {
    const { agency: unit } = await query(UNIT, { key: route.key, asOf: todayInVietnam() }, { signal });
    done(main);
    document.title = `${unit.name} · Plan lineage explorer`;
    const nothing = !unit.leads.totalCount && !unit.cooperatesOn.totalCount && unit.memberOf.every((g) => !g.leads.totalCount && !g.cooperatesOn.totalCount);
    replace(
      main,
      header(unit),
      unitList('Members', unit.members),
      unitList('Member of', unit.memberOf),
      successions(unit),
      rows('Leads', unit.leads, { owner: unit, list: 'leads', signal }),
      rows('Cooperates on', unit.cooperatesOn, { owner: unit, list: 'cooperatesOn', signal }),
      unit.memberOf.map((group) => [
        rows('Leads', group.leads, { owner: group, list: 'leads', via: group, signal }),
        rows('Cooperates on', group.cooperatesOn, { owner: group, list: 'cooperatesOn', via: group, signal }),
      ]),
      nothing ? h('section', {}, h('p', { class: 'muted' }, 'No row of the graph names this unit.')) : null,
      unit.provenance.length ? h('section', {}, h('h2', {}, 'Where it is named'), evidenceList(unit.provenance)) : null,
    );
  } catch (e) {
    if (e.name !== 'AbortError') showError(main, e);
  }
}
