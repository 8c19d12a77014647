// "How is this document related to ...": a small form on a document's page that asks `relation(between:, and:)`
// and shows every shortest chain, step by step, each relation in words with its evidence. The other end is kept
// in the page's URL (?related=57-NQ/TW), so the answer can be bookmarked and shared.
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { isKeyOrId, nodeLabel, pathForId } from '../format.js';
import { DOCUMENT_BY_NUMBER, RELATION } from '../queries/index.js';
import { done, errorBox, showProgress } from '../status.js';
import { evidenceList } from './evidence.js';

function chainView(chain) {
  const byId = new Map(chain.nodes.map((n) => [n.id, n]));
  const node = (id) => h('a', { href: pathForId(id), lang: 'vi' }, nodeLabel(byId.get(id) ?? { id }));
  return h(
    'li',
    { class: 'chain' },
    h('p', { class: 'chain-path' }, chain.nodes.flatMap((n, i) => (i ? [' — ', node(n.id)] : [node(n.id)]))),
    h(
      'ol',
      { class: 'chain-steps' },
      chain.steps.map((step) =>
        h(
          'li',
          {},
          step.links.map((link) =>
            h(
              'details',
              { class: 'chain-link' },
              h('summary', { lang: 'vi' }, link.statement),
              evidenceList(link.provenance),
            ),
          ),
        ),
      ),
    ),
  );
}

/** The answer: the API's sentence, then each chain. */
function answerView(relation) {
  return [
    h('p', { class: 'relation-summary', lang: 'vi' }, relation.summary),
    relation.chains.length ? h('ol', { class: 'chains' }, relation.chains.map(chainView)) : null,
    relation.truncated ? h('p', { class: 'muted' }, 'More chains of the same length exist than the service lists.') : null,
  ];
}

async function ask(doc, other, out, signal) {
  showProgress(out, 'Looking for the shortest chains');
  try {
    let and = other;
    if (!isKeyOrId(other)) {
      const found = await query(DOCUMENT_BY_NUMBER, { number: other }, { signal });
      if (!found.document) {
        done(out);
        replace(out, h('p', { class: 'error', role: 'alert' }, `No document of the graph is numbered “${other}”.`));
        return;
      }
      and = found.document.key;
    }
    const data = await query(RELATION, { between: doc.key, and }, { signal });
    done(out);
    replace(out, answerView(data.relation));
  } catch (e) {
    if (e.name === 'AbortError') return;
    done(out);
    replace(out, errorBox(e));
  }
}

/** The form and its answer; `related` is the other end the URL names, asked at once. */
export function relationSection(doc, { related, signal }) {
  const out = h('div', { class: 'relation-answer', 'aria-live': 'polite' });
  const input = h('input', {
    name: 'related',
    type: 'text',
    value: related ?? '',
    required: true,
    spellcheck: 'false',
    placeholder: '57-NQ/TW, or a key such as 3100-qd-ubnd-2023:12',
    'aria-label': 'The other document or row',
  });
  const form = h(
    'form',
    {
      class: 'relation-form',
      onsubmit: (e) => {
        e.preventDefault();
        const other = input.value.trim().normalize('NFC');
        if (!other) return;
        const url = new URL(window.location.href);
        url.searchParams.set('related', other);
        window.history.replaceState({}, '', url.pathname + url.search.replace(/%2F/gi, '/'));
        ask(doc, other, out, signal);
      },
    },
    input,
    h('button', { type: 'submit', class: 'more' }, 'Show how'),
  );
  if (related) ask(doc, related, out, signal);
  return h('section', { class: 'relation-section' }, h('h2', {}, 'How is it related to …'), h('p', { class: 'muted' }, 'Another document’s number or key, or a row’s key: the shortest chains of relations between them, either way.'), form, out);
}
