// One finding as a card: its severity and kind, the API's sentence, the rows, documents, units and indicator it
// concerns as links to their pages, and where each fact it rests on was read (evidence links). A weaker target is
// marked in red as on a comparison.
import { h } from '../dom.js';
import { LEVELS, pathFor, verdictStyle } from '../format.js';
import { FINDING_KINDS, itemLabel, SEVERITIES } from '../findings-format.js';
import { evidenceList } from './evidence.js';

function concerns(label, links) {
  if (!links.length) return null;
  return [h('dt', {}, label), h('dd', {}, links.flatMap((link, i) => (i ? [', ', link] : [link])))];
}

/** The words beside the kind: the verdict a comparison's finding repeats, in the comparison's colours. */
function verdictBadge(finding) {
  if (finding.kind !== 'WEAKER_THAN_UPPER' && finding.kind !== 'STRONGER_THAN_UPPER') return null;
  const style = verdictStyle(finding.kind === 'WEAKER_THAN_UPPER' ? 'LOWER' : 'HIGHER');
  return h('span', { class: ['verdict', style.className] }, finding.strictnessOnly ? `${style.label} (strictness only)` : style.label);
}

export function findingCard(finding) {
  const kind = FINDING_KINDS[finding.kind] ?? { title: finding.kind };
  const severity = SEVERITIES[finding.severity] ?? { label: finding.severity, className: 'severity-info' };
  const link = (type, key, text) => h('a', { href: pathFor(type, key), lang: 'vi' }, text);
  return h(
    'li',
    {
      class: ['finding', `finding-${finding.kind.toLowerCase()}`],
      dataset: { kind: finding.kind, severity: finding.severity, id: finding.id },
    },
    h(
      'div',
      { class: 'finding-head' },
      h('span', { class: ['severity', severity.className], title: `Severity: ${severity.label}` }, severity.label),
      h('span', { class: 'finding-kind' }, kind.title),
      finding.year ? h('span', { class: 'muted' }, String(finding.year)) : null,
      finding.level ? h('span', { class: 'muted' }, `${LEVELS[finding.level]} level`) : null,
      verdictBadge(finding),
    ),
    h('p', { class: 'finding-explanation', lang: 'vi' }, finding.explanation),
    h(
      'dl',
      { class: 'concerns' },
      concerns(
        finding.items.length === 1 ? 'Row' : 'Rows',
        finding.items.map((item) => link('PlanItem', item.key, itemLabel(item))),
      ),
      concerns(
        finding.documents.length === 1 ? 'Document' : 'Documents',
        finding.documents.map((d) => link('Document', d.key, d.number ?? d.title ?? d.key)),
      ),
      concerns(finding.agencies.length === 1 ? 'Unit' : 'Units', finding.agencies.map((a) => link('Agency', a.key, a.name))),
      finding.indicator ? concerns('Indicator', [link('Indicator', finding.indicator.key, finding.indicator.name)]) : null,
    ),
    finding.provenance.length
      ? h('details', { class: 'finding-evidence', open: true }, h('summary', {}, `Evidence (${finding.provenance.length})`), evidenceList(finding.provenance))
      : null,
  );
}
