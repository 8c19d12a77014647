// Pure functions for the findings page: its filters read from and written to the URL, the words for each kind and
// severity, and the page's heading. No DOM and no fetch here (tested by `npm test`).
import { BASE, LEVELS, rowNumber } from './format.js';

/** Every kind of finding, in the order of the API's FindingKind: a title, and a noun for a count of them. */
export const FINDING_KINDS = {
  WEAKER_THAN_UPPER: { title: 'Weaker than the level above', one: 'weaker target', many: 'weaker targets' },
  STRONGER_THAN_UPPER: { title: 'Stronger than the level above', one: 'stronger target', many: 'stronger targets' },
  TARGET_FALLS: { title: 'Target falls', one: 'falling target', many: 'falling targets' },
  TARGET_BELOW_RESULT: { title: 'Target below a result', one: 'target below a result', many: 'targets below a result' },
  MISSING_COUNTERPART: { title: 'Missing counterpart', one: 'missing counterpart', many: 'missing counterparts' },
  BASIS_ISSUED_LATER: { title: 'Basis issued later', one: 'basis issued later', many: 'bases issued later' },
  ASSIGNED_TO_FORMER_UNIT: {
    title: 'Assigned to a former unit',
    one: 'assignment to a former unit',
    many: 'assignments to a former unit',
  },
  UNRESOLVED_ASSIGNMENT: { title: 'Words naming no unit', one: 'cell with words naming no unit', many: 'cells with words naming no unit' },
};

/** How a severity is shown: its word and its colour class. */
export const SEVERITIES = {
  HIGH: { label: 'High', className: 'severity-high' },
  MEDIUM: { label: 'Medium', className: 'severity-medium' },
  LOW: { label: 'Low', className: 'severity-low' },
  INFO: { label: 'Info', className: 'severity-info' },
};

const YEAR = /^\d{4}$/;

/**
 * The filters a findings URL names: `?kind=WEAKER_THAN_UPPER,TARGET_FALLS&document=3100/QĐ-UBND&level=DISTRICT&year=2024`
 * (`kind` may also repeat). Kinds keep the API's order, each once. What is not a filter's value is left out and
 * said in `ignored`, so the page can tell the reader instead of asking the API something else.
 */
export function readFindingsFilters(search = '') {
  const params = new URLSearchParams(search);
  const ignored = [];
  const named = params
    .getAll('kind')
    .flatMap((v) => v.split(','))
    .map((k) => k.trim())
    .filter(Boolean);
  for (const kind of named) if (!FINDING_KINDS[kind]) ignored.push(`kind=${kind} is not a kind of finding`);
  const kinds = Object.keys(FINDING_KINDS).filter((k) => named.includes(k));
  const document = params.get('document')?.trim().normalize('NFC') || null;
  let level = params.get('level')?.trim() || null;
  if (level && !LEVELS[level]) {
    ignored.push(`level=${level} is not a level (${Object.keys(LEVELS).join(', ')})`);
    level = null;
  }
  let year = params.get('year')?.trim() || null;
  if (year && !YEAR.test(year)) {
    ignored.push(`year=${year} is not a year`);
    year = null;
  }
  return { kinds, document, level, year: year ? Number(year) : null, ignored };
}

/** The findings page's URL for the filters; an empty filter is left out, the kinds comma-separated. */
export function findingsPath({ kinds = [], document = null, level = null, year = null } = {}) {
  const params = new URLSearchParams();
  if (kinds.length) params.set('kind', kinds.join(','));
  if (document) params.set('document', document);
  if (level) params.set('level', level);
  if (year) params.set('year', String(year));
  const query = params.toString().replace(/%2C/gi, ',').replace(/%2F/gi, '/');
  return `${BASE}/findings${query ? `?${query}` : ''}`;
}

/** The variables of the `findings` query for the filters (nulls for what is not filtered). */
export function findingsVariables({ kinds, document, level, year }) {
  return { kinds: kinds.length ? kinds : null, document, level, year };
}

/**
 * The page's heading: how many findings pass the filters, in words: "29 weaker targets in 2024", "9 targets below a
 * result concerning 31/KH-SKHCN", "190 findings at the district level".
 */
export function findingsHeading(total, { kinds = [], year = null, level = null, documentLabel = null } = {}) {
  const kind = kinds.length === 1 ? FINDING_KINDS[kinds[0]] : null;
  const noun = kind ? (total === 1 ? kind.one : kind.many) : total === 1 ? 'finding' : 'findings';
  return [
    `${total} ${noun}`,
    year ? `in ${year}` : null,
    level ? `at the ${LEVELS[level]} level` : null,
    documentLabel ? `concerning ${documentLabel}` : null,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * How the page names the document filter: its number when one of the findings concerns a document with that key,
 * number or id; the filter as typed otherwise.
 */
export function documentLabel(filter, findings) {
  if (!filter) return null;
  for (const finding of findings) {
    const match = finding.documents.find((d) => d.key === filter || d.number === filter || d.id === filter);
    if (match) return match.number ?? match.key;
  }
  return filter;
}

/** A row of a finding as a short label: `3100/QĐ-UBND · row 12`. */
export function itemLabel(item) {
  return `${item.document.number ?? item.document.key} · row ${rowNumber(item)}`;
}
