// Evidence one click away: each provenance as its place in the source, the quoted words, and a link that opens
// the source's plain text at those lines (/sources/<file>?lines=<from>-<to>).
import { h } from '../dom.js';
import { evidenceHref, pathFor } from '../format.js';

/** One provenance: document · locator, the quote, and the link to its source lines. */
export function evidenceItem(p) {
  const href = evidenceHref(p);
  return h(
    'li',
    { class: 'evidence' },
    h(
      'div',
      { class: 'evidence-where' },
      p.document ? h('a', { href: pathFor('Document', p.document.key) }, p.document.number ?? p.document.key) : null,
      p.document ? ' · ' : null,
      p.locator,
    ),
    p.quote ? h('blockquote', { lang: 'vi' }, p.quote) : null,
    href
      ? h(
          'a',
          { class: 'source-link', href, target: '_blank', rel: 'noopener', title: `${p.file}, lines ${p.lines ?? 'all'}` },
          p.lines ? `Source lines ${p.lines}` : 'Source text',
        )
      : null,
  );
}

/** Every provenance of a fact; nothing when there is none. */
export function evidenceList(provenance) {
  if (!provenance?.length) return null;
  return h('ul', { class: 'evidence-list' }, provenance.map(evidenceItem));
}

/**
 * Provenance as short inline links (`1687/NQ-UBTVQH15, lines 30-41`; `source lines 455-457` for a document
 * without a number), the quote in each link's title: for a line
 * that must stay short, such as who answers today beside a unit.
 */
export function evidenceLinks(provenance) {
  return (provenance ?? []).map((p) => {
    const href = evidenceHref(p);
    const lines = p.lines ? `lines ${p.lines}` : p.locator;
    const where = p.document?.number ? `${p.document.number}, ${lines}` : `source ${lines}`;
    return href
      ? h('a', { class: 'source-link', href, target: '_blank', rel: 'noopener', title: p.quote ?? p.locator }, where)
      : h('span', { class: 'muted', title: p.quote ?? '' }, where);
  });
}
