// The explorer's GraphQL documents: each query file with exactly the fragments it uses.
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, it } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import { parseFragments, withFragments } from '../src/explorer/documents.js';

const dir = new URL('../src/explorer/queries/', import.meta.url);
const fragments = parseFragments(readFileSync(new URL('fragments.graphql', dir), 'utf8'));

describe('GraphQL documents', () => {
  it('reads every fragment of the shared file', () => {
    assert.deepEqual(Object.keys(fragments), ['Evidence', 'LineageNode', 'LineageGraph', 'RowPage', 'ItemRow']);
    assert.match(fragments.Evidence, /^fragment Evidence on Provenance \{[\s\S]*\}$/);
  });

  it('appends the fragments a query uses, transitively and once, and no other', () => {
    const doc = withFragments('query { lineage { ...LineageGraph } planItem { provenance { ...Evidence } } }', fragments);
    const names = [...doc.matchAll(/^fragment (\w+)/gm)].map((m) => m[1]);
    assert.deepEqual(names, ['LineageGraph', 'LineageNode', 'Evidence']);
  });

  it('refuses a spread of a fragment that does not exist', () => {
    assert.throws(() => withFragments('{ a { ...Nope } }', fragments), /Unknown fragment Nope/);
  });

  it('keeps inline fragments out of the fragment list', () => {
    assert.equal(withFragments('{ node { ... on Document { key } } }', fragments), '{ node { ... on Document { key } } }');
  });

  it('assembles every query file into a document the schema of the API accepts', () => {
    // the service's own SDL, as the repository keeps it: a query the schema no longer accepts fails here
    const sdlDir = new URL('../../../../schema/graphql/', import.meta.url);
    const sdl = readdirSync(sdlDir)
      .filter((f) => f.endsWith('.graphqls'))
      .map((f) => readFileSync(new URL(f, sdlDir), 'utf8'))
      .join('\n');
    const schema = buildSchema(sdl);
    const files = readdirSync(dir).filter((f) => f.endsWith('.graphql') && f !== 'fragments.graphql');
    assert.ok(files.length >= 8, `query files: ${files}`);
    for (const file of files) {
      const doc = withFragments(readFileSync(new URL(file, dir), 'utf8'), fragments);
      assert.match(doc, /^(#[^\n]*\n)*query \w+/, file);
      assert.deepEqual(validate(schema, parse(doc)).map((e) => e.message), [], file);
    }
  });
});
