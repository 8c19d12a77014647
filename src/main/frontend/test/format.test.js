// The explorer's pure logic, checked with Node's own test runner (`npm test`): no browser, no service.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  evidenceHref,
  graphElements,
  groupByPillar,
  groupResponsibilities,
  linksAsLineage,
  linksByDocument,
  rowNumber,
  nodeLabel,
  parseRoute,
  pathFor,
  pathForId,
  searchPath,
  shorten,
  snippetParts,
  verdictStyle,
  yearsOf,
  formatDate,
} from '../src/explorer/format.js';

describe('URLs', () => {
  it('gives every entity type its own readable path, a colon in a key kept as it is', () => {
    assert.equal(pathFor('Document', '742-qd-ubnd-2023'), '/explorer/document/742-qd-ubnd-2023');
    assert.equal(pathForId('PlanItem:3100-qd-ubnd-2023:12'), '/explorer/item/3100-qd-ubnd-2023:12');
    assert.equal(pathForId('Agency:ubnd-11-phuong-tpvl'), '/explorer/unit/ubnd-11-phuong-tpvl');
    assert.equal(pathForId('Indicator:ty-le-cbccvc'), '/explorer/indicator/ty-le-cbccvc');
    assert.equal(pathFor('Target', 'x'), null);
  });

  it('reads a path back into the view and key it names', () => {
    assert.deepEqual(parseRoute('/explorer/item/3100-qd-ubnd-2023:12'), { view: 'item', key: '3100-qd-ubnd-2023:12' });
    assert.deepEqual(parseRoute('/explorer/item/3100-qd-ubnd-2023%3A12/'), { view: 'item', key: '3100-qd-ubnd-2023:12' });
    assert.deepEqual(parseRoute('/explorer/', '?q=ty%20le'), { view: 'search', text: 'ty le' });
    assert.deepEqual(parseRoute('/explorer'), { view: 'search', text: '' });
    assert.deepEqual(parseRoute('/explorer/nothing/x'), { view: 'missing' });
    assert.deepEqual(parseRoute('/explorer/document/%E0%A4'), { view: 'missing' });
    assert.deepEqual(parseRoute('/graphiql'), { view: 'missing' });
  });

  it('normalises a key typed in decomposed form to NFC', () => {
    const decomposed = 'pho\u0302\u0300ng';
    assert.equal(parseRoute(`/explorer/unit/${encodeURIComponent(decomposed)}`).key, 'phồng');
  });

  it('builds the search URL with the text encoded', () => {
    assert.equal(searchPath('tỷ lệ & hồ sơ'), '/explorer/?q=t%E1%BB%B7%20l%E1%BB%87%20%26%20h%E1%BB%93%20s%C6%A1');
    assert.equal(searchPath(''), '/explorer/');
  });
});

describe('evidence links', () => {
  it('opens the source file at the provenance lines', () => {
    assert.equal(
      evidenceHref({ file: '000_04b1b475b92f531c.txt', lines: '23-25' }),
      '/sources/000_04b1b475b92f531c.txt?lines=23-25',
    );
  });

  it('makes a single line a range of one', () => {
    assert.equal(evidenceHref({ file: 'a.txt', lines: '31' }), '/sources/a.txt?lines=31-31');
  });

  it('links the whole file when no lines are given, and nothing without a file', () => {
    assert.equal(evidenceHref({ file: 'a.txt', lines: null }), '/sources/a.txt');
    assert.equal(evidenceHref({ file: null, lines: '3-4' }), null);
  });
});

describe('verdicts', () => {
  it('shows a weaker target (LOWER) in red words and class', () => {
    assert.deepEqual(verdictStyle('LOWER'), { label: 'weaker: asks for less', className: 'verdict-lower' });
    assert.equal(verdictStyle('HIGHER').className, 'verdict-higher');
    assert.equal(verdictStyle('SAME').className, 'verdict-same');
    assert.equal(verdictStyle('NOT_COMPARABLE').className, 'verdict-not-comparable');
  });
});

describe('groupings', () => {
  it('groups rows by pillar in the schema order, keeping table order within a pillar', () => {
    const items = [
      { key: 'a', pillar: 'DIGITAL_SOCIETY' },
      { key: 'b', pillar: 'DIGITAL_GOVERNMENT' },
      { key: 'c', pillar: 'DIGITAL_SOCIETY' },
      { key: 'd', pillar: 'OTHER' },
    ];
    assert.deepEqual(
      groupByPillar(items).map((g) => [g.pillar, g.items.map((i) => i.key)]),
      [
        ['DIGITAL_GOVERNMENT', ['b']],
        ['DIGITAL_SOCIETY', ['a', 'c']],
        ['OTHER', ['d']],
      ],
    );
  });

  it('collects the years of targets and results, ascending and once each', () => {
    const items = [
      { targets: [{ year: 2025 }, { year: 2023 }], results: [{ year: 2024 }] },
      { targets: [{ year: 2023 }] },
    ];
    assert.deepEqual(yearsOf(items), [2023, 2024, 2025]);
  });

  it('puts the members of a group under the group, units named directly apart, per role', () => {
    const ward = (n) => ({ key: `ubnd-phuong-${n}`, name: `UBND Phường ${n}` });
    const group = { key: 'ubnd-11-phuong-tpvl', name: 'UBND 11 phường' };
    const office = { key: 'van-phong', name: 'Văn phòng' };
    const grouped = groupResponsibilities([
      { role: 'LEAD', agency: ward(1), via: group },
      { role: 'LEAD', agency: ward(2), via: group },
      { role: 'COOPERATING', agency: office, via: null },
    ]);
    assert.deepEqual(grouped.LEAD.direct, []);
    assert.deepEqual(grouped.LEAD.groups, [{ group, members: [{ agency: ward(1), answering: null }, { agency: ward(2), answering: null }] }]);
    assert.deepEqual(grouped.COOPERATING, { direct: [{ agency: office, answering: null }], groups: [] });
  });
});

describe('labels', () => {
  it('labels each kind of node', () => {
    assert.equal(nodeLabel({ __typename: 'Document', id: 'Document:742', number: '742/QĐ-UBND' }), '742/QĐ-UBND');
    assert.equal(
      nodeLabel({ __typename: 'Document', id: 'Document:luat-2015', number: null, title: 'Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015' }),
      'Luật Tổ chức chính quyền địa phương ngày 19…',
    );
    assert.equal(
      nodeLabel({ __typename: 'PlanItem', id: 'PlanItem:3100:12', number: '12.', document: { number: '3100/QĐ-UBND' } }),
      '3100/QĐ-UBND · row 12',
    );
    assert.equal(nodeLabel({ __typename: 'PlanItem', id: 'PlanItem:3100:after-111', number: null, ref: 'after-111' }), '3100 · row after-111');
    assert.equal(nodeLabel({ __typename: 'Agency', id: 'Agency:x', name: 'UBND Phường 1' }), 'UBND Phường 1');
  });

  it('shortens at a word boundary', () => {
    assert.equal(shorten('một hai ba bốn năm', 11), 'một hai ba…');
    assert.equal(shorten('ngắn', 10), 'ngắn');
  });

  it('splits a snippet into marked and plain parts', () => {
    assert.deepEqual(snippetParts('«Tỷ» «lệ» xử lý tại «phường»'), [
      { text: 'Tỷ', marked: true },
      { text: ' ', marked: false },
      { text: 'lệ', marked: true },
      { text: ' xử lý tại ', marked: false },
      { text: 'phường', marked: true },
    ]);
  });

  it('prints an ISO date as the sources do, else the raw text', () => {
    assert.equal(formatDate('2023-04-06', 'ngày 06/4/2023'), '06/04/2023');
    assert.equal(formatDate(null, 'ngày … tháng 8 năm 2025'), 'ngày … tháng 8 năm 2025');
    assert.equal(formatDate(null, null), null);
  });
});

describe('document links', () => {
  it('gathers the relations to one document under it, documents in first-seen order', () => {
    const a = { id: 'Document:a' };
    const b = { id: 'Document:b' };
    const grouped = linksByDocument([
      { relation: 'CITES', document: a },
      { relation: 'IMPLEMENTS', document: b },
      { relation: 'LEGAL_BASIS', document: a },
    ]);
    assert.deepEqual(
      grouped.map((g) => [g.document.id, g.links.map((l) => l.relation)]),
      [
        ['Document:a', ['CITES', 'LEGAL_BASIS']],
        ['Document:b', ['IMPLEMENTS']],
      ],
    );
  });

  it('prints a row number without its dot, and the ref of an unnumbered row', () => {
    assert.equal(rowNumber({ number: '12.', ref: '12' }), '12');
    assert.equal(rowNumber({ number: '111a', ref: '111a' }), '111a');
    assert.equal(rowNumber({ number: null, ref: 'after-111' }), 'after-111');
  });
});

describe('graph elements', () => {
  const doc = (key, number) => ({ __typename: 'Document', id: `Document:${key}`, number });
  const up = {
    nodes: [
      { degree: 0, node: doc('3100', '3100/QĐ-UBND') },
      { degree: 1, node: doc('742', '742/QĐ-UBND') },
    ],
    edges: [
      { from: 'Document:3100', to: 'Document:742', relation: 'IMPLEMENTS', provenance: [{ locator: 'Tiêu đề' }] },
      { from: 'Document:3100', to: 'Document:742', relation: 'LEGAL_BASIS', provenance: [{ locator: 'Căn cứ, dòng 3' }] },
    ],
  };

  it('draws each node once and merges parallel relations into one labelled edge', () => {
    const { nodes, edges } = graphElements('Document:3100', [up, up]);
    assert.deepEqual(
      nodes.map((n) => [n.id, n.label, n.root, n.path]),
      [
        ['Document:3100', '3100/QĐ-UBND', true, '/explorer/document/3100'],
        ['Document:742', '742/QĐ-UBND', false, '/explorer/document/742'],
      ],
    );
    assert.equal(edges.length, 1);
    assert.equal(edges[0].label, 'implements · legal basis');
    assert.deepEqual(edges[0].links.map((l) => l.provenance[0].locator), ['Tiêu đề', 'Căn cứ, dòng 3']);
  });

  it('turns derived-document links into edges pointing at the document they derive from', () => {
    const derived = linksAsLineage('Document:742', [{ relation: 'IMPLEMENTS', document: doc('3100', '3100/QĐ-UBND'), provenance: [] }], 'DOWN');
    assert.deepEqual(derived.edges[0], { from: 'Document:3100', to: 'Document:742', relation: 'IMPLEMENTS', provenance: [] });
    const { edges } = graphElements('Document:742', [{ nodes: [{ degree: 0, node: doc('742', '742/QĐ-UBND') }], edges: [] }, derived]);
    assert.equal(edges.length, 1);
  });

  it('drops an edge whose end is not drawn', () => {
    const { edges } = graphElements('Document:3100', [{ nodes: [up.nodes[0]], edges: up.edges }]);
    assert.deepEqual(edges, []);
  });
});

describe('the relation form', () => {
  it('sends a key or global id as it is and looks a number up first', async () => {
    const { isKeyOrId } = await import('../src/explorer/format.js');
    for (const key of ['57-nq-tw-2024', '3100-qd-ubnd-2023:12', 'Document:57-nq-tw-2024', 'PlanItem:3100-qd-ubnd-2023:12']) {
      assert.equal(isKeyOrId(key), true, key);
    }
    for (const number of ['57-NQ/TW', '742/QĐ-UBND', '31/KH-SKHCN', 'kh 31']) assert.equal(isKeyOrId(number), false, number);
  });
});

describe('who answers today', () => {
  it('takes today in Vietnam, seven hours ahead of UTC', async () => {
    const { todayInVietnam } = await import('../src/explorer/answering.js');
    assert.equal(todayInVietnam(new Date('2025-06-30T16:59:59Z')), '2025-06-30');
    assert.equal(todayInVietnam(new Date('2025-06-30T17:00:00Z')), '2025-07-01');
  });

  it('reads a date from the URL only when it is one', async () => {
    const { readAsOf } = await import('../src/explorer/answering.js');
    assert.equal(readAsOf('?asOf=2025-06-30'), '2025-06-30');
    assert.equal(readAsOf('?asOf=2025-02-30'), null);
    assert.equal(readAsOf('?asOf=30/06/2025'), null);
    assert.equal(readAsOf(''), null);
  });

  it('names the units a unit’s duties reached, with the last succession of each chain, and nothing without one', async () => {
    const { answeredBy } = await import('../src/explorer/answering.js');
    const clause = { locator: 'Điều 1, khoản 103', lines: '411-413' };
    const phuong1 = {
      asOf: '2026-01-01',
      status: 'SUCCEEDED',
      explanation: 'On 2026-01-01 ...',
      units: [{ agency: { key: 'ubnd-phuong-long-chau-2025', name: 'UBND phường Long Châu' }, chain: [{ since: '2025-07-01', share: 'WHOLE', provenance: [clause] }] }],
    };
    assert.deepEqual(answeredBy(phuong1).units, [
      { agency: { key: 'ubnd-phuong-long-chau-2025', name: 'UBND phường Long Châu' }, since: '2025-07-01', share: 'WHOLE', provenance: [clause], steps: 1 },
    ]);
    const unknownDate = {
      status: 'SUCCESSION_DATE_UNKNOWN',
      units: [
        { agency: { key: 'so-thong-tin-va-truyen-thong' }, chain: [] },
        { agency: { key: 'so-khoa-hoc-va-cong-nghe' }, chain: [{ since: null, share: null, provenance: [] }] },
      ],
    };
    assert.deepEqual(answeredBy(unknownDate).units.map((u) => u.agency.key), ['so-khoa-hoc-va-cong-nghe']);
    assert.equal(answeredBy({ status: 'NO_SUCCESSOR_STATED', units: [] }), null);
    assert.equal(answeredBy(null), null);
  });
});
