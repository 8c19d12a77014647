// A document's page (/explorer/document/<key>): number, date, issuer and title; the chain it derives from, up to
// the top, and the documents derived from it, drawn as one layered graph; its rows grouped by pillar.
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { findingsPath } from '../findings-format.js';
import { formatDate, graphElements, LEVELS, linksAsLineage, linksByDocument, pathFor, pathForId, relationLabel } from '../format.js';
import { DOCUMENT, DOCUMENT_ITEMS } from '../queries/index.js';
import { done, showError, showProgress } from '../status.js';
import { evidenceList } from '../components/evidence.js';
import { lineageGraph } from '../components/graph.js';
import { itemsByPillar } from '../components/tables.js';
import { relationSection } from '../components/relation.js';

/** Every row of the document, page by page. */
async function allItems(key, signal) {
  const items = [];
  let after = null;
  for (;;) {
    const data = await query(DOCUMENT_ITEMS, { key, after }, { signal });
    const page = data.document.items;
    items.push(...page.nodes);
    if (!page.pageInfo.hasNextPage) return items;
    after = page.pageInfo.endCursor;
  }
}

function header(doc) {
  const fact = (label, value) => (value ? [h('dt', {}, label), h('dd', { lang: 'vi' }, value)] : null);
  return h(
    'header',
    { class: 'entity-header' },
    h('p', { class: 'kind' }, `Document · ${doc.type.toLowerCase().replaceAll('_', ' ')}`),
    h('h1', { lang: 'vi' }, doc.number ?? doc.title ?? doc.key),
    doc.number && doc.title ? h('p', { class: 'title', lang: 'vi' }, doc.title) : null,
    h(
      'dl',
      { class: 'facts' },
      fact('Issued', formatDate(doc.issuedOn, doc.issuedOnRaw)),
      doc.issuedOn && doc.issuedOnRaw ? fact('As written', doc.issuedOnRaw) : null,
      doc.issuer ? [h('dt', {}, 'Issuer'), h('dd', {}, h('a', { href: pathFor('Agency', doc.issuer.key) }, doc.issuer.name))] : null,
      fact('Level', LEVELS[doc.level]),
      fact('Key', doc.key),
    ),
    doc.doubt ? h('p', { class: 'doubt', lang: 'vi' }, h('strong', {}, 'Curator’s doubt: '), doc.doubt) : null,
    h('p', { class: 'header-links' }, h('a', { href: findingsPath({ document: doc.key }), class: 'findings-link' }, 'Findings that concern this document')),
  );
}

/** The documents at the other end of `links`, each once, with every relation and where each is stated. */
function linkList(title, links) {
  if (!links.length) return null;
  const documents = linksByDocument(links);
  return h(
    'section',
    { class: 'links' },
    h('h2', {}, `${title} (${documents.length})`),
    h(
      'ul',
      { class: 'link-list' },
      documents.map(({ document: other, links: relations }) =>
        h(
          'li',
          { dataset: { document: other.id } },
          h('a', { href: pathForId(other.id), lang: 'vi' }, other.number ?? other.title),
          other.number && other.title ? h('span', { class: 'muted', lang: 'vi' }, ` — ${other.title}`) : null,
          relations.map((link) =>
            h(
              'details',
              {},
              h('summary', {}, h('span', { class: 'relation' }, relationLabel(link.relation, { vietnamese: true })), ` · stated in ${link.provenance.length} place${link.provenance.length === 1 ? '' : 's'}`),
              evidenceList(link.provenance),
            ),
          ),
        ),
      ),
    ),
  );
}

export async function renderDocument(main, route, { signal, navigate }) {
  showProgress(main, 'Loading the document');
  try {
    const [data, items] = await Promise.all([
      query(DOCUMENT, { key: route.key, from: route.key }, { signal }),
      allItems(route.key, signal),
    ]);
    const doc = data.document;
    const derived = linksAsLineage(doc.id, doc.derivedDocuments.filter((l) => l.relation !== 'CITES'), 'DOWN');
    const elements = graphElements(doc.id, [data.lineage, derived]);
    done(main);
    document.title = `${doc.number ?? doc.key} · Plan lineage explorer`;
    replace(
      main,
      header(doc),
      lineageGraph({
        title: 'Where it comes from, and what derives from it',
        note: 'Above: what this document derives from, up to the top. Below: the documents that derive from it (mentions alone are not drawn).',
        elements,
        truncated: data.lineage.truncated,
        navigate,
      }),
      linkList('It cites', doc.basedOn),
      linkList('Cited by', doc.derivedDocuments),
      relationSection(doc, { related: new URLSearchParams(window.location.search).get('related')?.trim() || null, signal }),
      h(
        'section',
        { class: 'items-section' },
        h('h2', {}, `Its rows (${items.length})`),
        items.length ? itemsByPillar(items) : h('p', { class: 'muted' }, 'The graph holds no table rows of this document.'),
      ),
      doc.provenance.length ? h('section', {}, h('h2', {}, 'Where its number, date and issuer were read'), evidenceList(doc.provenance)) : null,
    );
  } catch (e) {
    if (e.name !== 'AbortError') showError(main, e);
  }
}
