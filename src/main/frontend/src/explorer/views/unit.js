// A unit's page (/explorer/unit/<key>): what it leads and cooperates on, directly and through its groups, its
// groups and members, and the units whose duties it took over or that took over its duties.
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { formatDate, LEVELS, pathFor } from '../format.js';
import { UNIT } from '../queries/index.js';
import { done, showError, showProgress } from '../status.js';
import { evidenceList } from '../components/evidence.js';
import { itemTable } from '../components/tables.js';

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

function successions(unit) {
  const line = (words, s) =>
    h('li', {}, words, unitLink(s.agency), s.since ? ` since ${formatDate(s.since)}` : '', evidenceList(s.provenance));
  const lines = [
    unit.successor ? line('Its duties passed to ', unit.successor) : null,
    ...unit.predecessors.map((p) => line('Took over the duties of ', p)),
  ].filter(Boolean);
  return lines.length ? h('section', {}, h('h2', {}, 'Predecessors and successors'), h('ul', { class: 'successions' }, lines)) : null;
}

function rows(title, connection, via) {
  if (!connection.totalCount) return null;
  const shown = connection.nodes.length;
  return h(
    'section',
    { class: 'unit-items' },
    h('h2', {}, title, via ? [' through ', unitLink(via)] : null, ` (${connection.totalCount})`),
    itemTable(connection.nodes, { withDocument: true }),
    shown < connection.totalCount ? h('p', { class: 'muted' }, `The first ${shown} of ${connection.totalCount}.`) : null,
  );
}

export async function renderUnit(main, route, { signal }) {
  showProgress(main, 'Loading the unit');
  try {
    const { agency: unit } = await query(UNIT, { key: route.key }, { signal });
    done(main);
    document.title = `${unit.name} · Plan lineage explorer`;
    const nothing = !unit.leads.totalCount && !unit.cooperatesOn.totalCount && unit.memberOf.every((g) => !g.leads.totalCount && !g.cooperatesOn.totalCount);
    replace(
      main,
      header(unit),
      unitList('Members', unit.members),
      unitList('Member of', unit.memberOf),
      successions(unit),
      rows('Leads', unit.leads),
      rows('Cooperates on', unit.cooperatesOn),
      unit.memberOf.map((group) => [rows('Leads', group.leads, group), rows('Cooperates on', group.cooperatesOn, group)]),
      nothing ? h('section', {}, h('p', { class: 'muted' }, 'No row of the graph names this unit.')) : null,
      unit.provenance.length ? h('section', {}, h('h2', {}, 'Where it is named'), evidenceList(unit.provenance)) : null,
    );
  } catch (e) {
    if (e.name !== 'AbortError') showError(main, e);
  }
}
