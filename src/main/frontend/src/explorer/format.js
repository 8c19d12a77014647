// Pure functions from API answers to what the views show: labels, URLs, groupings, graph elements.
// No DOM and no fetch here, so `npm test` (node --test) checks them without a browser or a service.

export const BASE = '/explorer';

const ROUTE_OF_TYPE = { Document: 'document', PlanItem: 'item', Agency: 'unit', Indicator: 'indicator' };
const TYPE_OF_ROUTE = Object.fromEntries(Object.entries(ROUTE_OF_TYPE).map(([type, route]) => [route, type]));

/** The key inside a global id: `PlanItem:3100-qd-ubnd-2023:12` → `3100-qd-ubnd-2023:12`. */
export function keyOf(id) {
  const colon = id.indexOf(':');
  return colon < 0 ? id : id.slice(colon + 1);
}

/** The type inside a global id: `PlanItem:3100-qd-ubnd-2023:12` → `PlanItem`. */
export function typeOf(id) {
  const colon = id.indexOf(':');
  return colon < 0 ? null : id.slice(0, colon);
}

/** A key as a path segment; a colon stays readable (`/explorer/item/3100-qd-ubnd-2023:12`). */
function segment(key) {
  return encodeURIComponent(key).replace(/%3A/gi, ':');
}

/** The explorer's URL of an entity, from its type and key; null for a type without a view. */
export function pathFor(type, key) {
  const route = ROUTE_OF_TYPE[type];
  return route ? `${BASE}/${route}/${segment(key)}` : null;
}

/** The explorer's URL of a node given by global id. */
export function pathForId(id) {
  return pathFor(typeOf(id), keyOf(id));
}

/** The search page's URL for a text. */
export function searchPath(text) {
  return text ? `${BASE}/?q=${encodeURIComponent(text)}` : `${BASE}/`;
}

/**
 * What a URL shows: `{ view: 'search', text }`, `{ view: 'findings', search }`, `{ view: 'document' | 'item' |
 * 'unit' | 'indicator', key }` or `{ view: 'missing' }` for a path the explorer does not know.
 */
export function parseRoute(pathname, search = '') {
  const rest = pathname.startsWith(BASE) ? pathname.slice(BASE.length) : null;
  if (rest === null) return { view: 'missing' };
  if (rest === '' || rest === '/') {
    return { view: 'search', text: new URLSearchParams(search).get('q') ?? '' };
  }
  // a list page: its filters are in the query string (read by the view)
  if (/^\/findings\/?$/.test(rest)) return { view: 'findings', search };
  const match = /^\/([a-z]+)\/([^/]+)\/?$/.exec(rest);
  if (!match || !TYPE_OF_ROUTE[match[1]]) return { view: 'missing' };
  let key;
  try {
    key = decodeURIComponent(match[2]).normalize('NFC');
  } catch {
    return { view: 'missing' };
  }
  return { view: match[1], key };
}

/**
 * The link that opens a provenance's source text at its lines: `/sources/<file>?lines=<from>-<to>`. A single line
 * `31` becomes `31-31`. Null when the provenance names no file.
 */
export function evidenceHref(provenance) {
  if (!provenance?.file) return null;
  const href = `/sources/${encodeURIComponent(provenance.file)}`;
  const lines = provenance.lines?.trim();
  if (!lines) return href;
  const range = /^\d+$/.test(lines) ? `${lines}-${lines}` : lines;
  return `${href}?lines=${encodeURIComponent(range).replace(/%2D/gi, '-')}`;
}

const RELATIONS = {
  LEGAL_BASIS: 'legal basis',
  IMPLEMENTS: 'implements',
  ISSUES: 'issues',
  PROPOSED_BY: 'proposed by',
  CITES: 'cites',
  SET_IN: 'set in',
  LEAD: 'led by',
  COOPERATING: 'with',
  MEMBER_OF: 'member of',
};

const RELATIONS_VI = {
  LEGAL_BASIS: 'căn cứ',
  IMPLEMENTS: 'thực hiện',
  ISSUES: 'ban hành kèm theo',
  PROPOSED_BY: 'theo đề nghị',
  CITES: 'nhắc đến',
  SET_IN: 'thuộc phụ lục',
  LEAD: 'chủ trì',
  COOPERATING: 'phối hợp',
  MEMBER_OF: 'thuộc nhóm',
};

/** A relation for a reader: `legal basis`; with `vietnamese`, `legal basis (căn cứ)`. */
export function relationLabel(relation, { vietnamese = false } = {}) {
  const en = RELATIONS[relation] ?? relation;
  return vietnamese && RELATIONS_VI[relation] ? `${en} (${RELATIONS_VI[relation]})` : en;
}

const VERDICTS = {
  SAME: { label: 'same', className: 'verdict-same' },
  HIGHER: { label: 'higher: asks for more', className: 'verdict-higher' },
  LOWER: { label: 'weaker: asks for less', className: 'verdict-lower' },
  NOT_COMPARABLE: { label: 'not comparable', className: 'verdict-not-comparable' },
};

/** How a verdict is shown: its words and its colour class (LOWER, a weaker target, is red). */
export function verdictStyle(verdict) {
  return VERDICTS[verdict] ?? { label: verdict, className: 'verdict-not-comparable' };
}

export const PILLARS = {
  DIGITAL_GOVERNMENT: 'Digital government (Chính quyền số)',
  DIGITAL_ECONOMY: 'Digital economy (Kinh tế số)',
  DIGITAL_SOCIETY: 'Digital society (Xã hội số)',
  OTHER: 'Other rows',
};

export const LEVELS = {
  NATIONAL: 'national',
  PROVINCE: 'province',
  DISTRICT: 'district / city',
  COMMUNE: 'commune / ward',
};

/** Items grouped by pillar, pillars in the schema's order, items in table order within each. */
export function groupByPillar(items) {
  const groups = new Map(Object.keys(PILLARS).map((pillar) => [pillar, []]));
  for (const item of items) {
    if (!groups.has(item.pillar)) groups.set(item.pillar, []);
    groups.get(item.pillar).push(item);
  }
  return [...groups]
    .filter(([, members]) => members.length)
    .map(([pillar, members]) => ({ pillar, label: PILLARS[pillar] ?? pillar, items: members }));
}

/** Every year any of the items has a target or a result for, ascending. */
export function yearsOf(items) {
  const years = new Set();
  for (const item of items) {
    for (const t of item.targets ?? []) years.add(t.year);
    for (const r of item.results ?? []) years.add(r.year);
  }
  return [...years].sort((a, b) => a - b);
}

/** A row's cell for a year, exactly as written; null when the row has none. */
export function rawFor(entries, year) {
  return (entries ?? []).find((e) => e.year === year)?.raw ?? null;
}

/**
 * `responsibleUnits(expandGroups: true)` arranged for reading: per role, the responsibilities of the units the row
 * names itself and, for each group it names, the group with its members' responsibilities (each `{ agency,
 * answering }`), in the order the API gives them.
 */
export function groupResponsibilities(responsibilities) {
  const roles = { LEAD: { direct: [], groups: [] }, COOPERATING: { direct: [], groups: [] } };
  for (const { role, agency, via, answering = null } of responsibilities) {
    const bucket = roles[role] ?? (roles[role] = { direct: [], groups: [] });
    if (!via) {
      bucket.direct.push({ agency, answering });
      continue;
    }
    let group = bucket.groups.find((g) => g.group.key === via.key);
    if (!group) bucket.groups.push((group = { group: via, members: [] }));
    group.members.push({ agency, answering });
  }
  return roles;
}

/** A row's number as printed, without its trailing dot ("12." → "12"); the ref for an unnumbered row. */
export function rowNumber(item) {
  return item.number?.replace(/\.$/, '') ?? item.ref;
}

/** A short label for any node of a lineage or search answer. */
export function nodeLabel(node) {
  switch (node.__typename) {
    case 'Document':
      return node.number ?? shorten(node.title ?? keyOf(node.id), 48);
    case 'PlanItem':
      return `${node.document?.number ?? keyOf(node.id).split(':')[0]} · row ${rowNumber(node)}`;
    case 'Agency':
    case 'Indicator':
      return node.name;
    default:
      return keyOf(node.id);
  }
}

/** The text cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function shorten(text, max) {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  // the cut ends a word when the next character is a space; otherwise back off to the last whole word
  const space = text[max - 1] === ' ' ? cut.length : cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** A search snippet's «marked» words as parts: `[{ text, marked }]`. */
export function snippetParts(snippet) {
  const parts = [];
  const re = /«([^»]*)»/g;
  let last = 0;
  for (let m = re.exec(snippet); m; m = re.exec(snippet)) {
    if (m.index > last) parts.push({ text: snippet.slice(last, m.index), marked: false });
    parts.push({ text: m[1], marked: true });
    last = re.lastIndex;
  }
  if (last < snippet.length) parts.push({ text: snippet.slice(last), marked: false });
  return parts;
}

/**
 * Graph elements for Cytoscape from lineage-shaped answers (`{ nodes: [{ degree, node }], edges }`) and extra
 * links, each node once. Parallel edges between the same two nodes become one edge listing every relation, so
 * the drawing stays readable; each relation keeps its provenance for the edge's details.
 */
export function graphElements(rootId, lineages) {
  const nodes = new Map();
  const edges = new Map();
  for (const lineage of lineages) {
    for (const { node } of lineage.nodes ?? []) {
      if (!nodes.has(node.id)) nodes.set(node.id, node);
    }
    for (const edge of lineage.edges ?? []) {
      const id = `${edge.from}->${edge.to}`;
      if (!edges.has(id)) edges.set(id, { id, from: edge.from, to: edge.to, links: [] });
      const merged = edges.get(id);
      if (!merged.links.some((l) => l.relation === edge.relation)) {
        merged.links.push({ relation: edge.relation, provenance: edge.provenance ?? [] });
      }
    }
  }
  return {
    nodes: [...nodes.values()].map((node) => ({
      id: node.id,
      label: nodeLabel(node),
      type: node.__typename,
      root: node.id === rootId,
      path: pathForId(node.id),
    })),
    edges: [...edges.values()]
      .filter((e) => nodes.has(e.from) && nodes.has(e.to))
      .map((e) => ({ ...e, label: e.links.map((l) => relationLabel(l.relation)).join(' · ') })),
  };
}

/** `basedOn`/`derivedDocuments` links gathered per document, in first-seen order: `[{ document, links }]`. */
export function linksByDocument(links) {
  const byId = new Map();
  for (const link of links) {
    if (!byId.has(link.document.id)) byId.set(link.document.id, { document: link.document, links: [] });
    byId.get(link.document.id).links.push(link);
  }
  return [...byId.values()];
}

/** `derivedDocuments`/`basedOn` links of a document as a lineage-shaped answer for `graphElements`. */
export function linksAsLineage(documentId, links, direction) {
  return {
    nodes: links.map((link) => ({ degree: 1, node: link.document })),
    edges: links.map((link) => ({
      from: direction === 'DOWN' ? link.document.id : documentId,
      to: direction === 'DOWN' ? documentId : link.document.id,
      relation: link.relation,
      provenance: link.provenance,
    })),
  };
}

/** A date as the sources print it, day/month/year (`2023-04-06` → `06/04/2023`); the raw text when not ISO. */
export function formatDate(iso, raw) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? `${m[3]}/${m[2]}/${m[1]}` : (raw ?? null);
}

/**
 * Whether what a reader typed is a key or global id (`3100-qd-ubnd-2023`, `3100-qd-ubnd-2023:12`,
 * `Document:57-nq-tw-2024`) rather than a document's number (`57-NQ/TW`, `742/QĐ-UBND`), which is looked up first.
 */
export function isKeyOrId(text) {
  return /^(Document|PlanItem):\S+$/.test(text) || /^[a-z0-9][a-z0-9-]*(:[a-z0-9.-]+)?$/.test(text);
}
