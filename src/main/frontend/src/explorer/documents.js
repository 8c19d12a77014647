// Assembles a GraphQL document from a query file and the shared fragments file: only the fragments the query
// uses, directly or through another fragment, are appended (GraphQL refuses a document with an unused fragment).

/** The fragments of a file by name: `{ Evidence: 'fragment Evidence on Provenance { ... }' }`. */
export function parseFragments(text) {
  const fragments = {};
  const starts = [...text.matchAll(/^fragment\s+(\w+)\s+on\s+\w+/gm)];
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1].index : text.length;
    // the comment lines just before the next fragment belong to it, not to this one
    fragments[m[1]] = text.slice(m.index, end).replace(/(\n\s*#[^\n]*)+\s*$/, '').trim();
  });
  return fragments;
}

/** The query with every fragment it spreads, transitively, appended once each. */
export function withFragments(query, fragments) {
  const needed = [];
  const visit = (text) => {
    for (const [, name] of text.matchAll(/\.\.\.\s*(\w+)/g)) {
      if (name === 'on' || needed.includes(name)) continue;
      if (!fragments[name]) throw new Error(`Unknown fragment ${name}`);
      needed.push(name);
      visit(fragments[name]);
    }
  };
  visit(query);
  return [query.trim(), ...needed.map((name) => fragments[name])].join('\n\n');
}
