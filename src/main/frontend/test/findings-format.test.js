// The findings page's pure logic: its URL's filters both ways, its heading, and how it names a document.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRoute } from '../src/explorer/format.js';
import {
  documentLabel,
  FINDING_KINDS,
  findingsHeading,
  findingsPath,
  findingsVariables,
  itemLabel,
  readFindingsFilters,
} from '../src/explorer/findings-format.js';

describe('findings URLs', () => {
  it('is a page of its own, its filters in the query string', () => {
    assert.deepEqual(parseRoute('/explorer/findings', '?kind=WEAKER_THAN_UPPER'), { view: 'findings', search: '?kind=WEAKER_THAN_UPPER' });
    assert.deepEqual(parseRoute('/explorer/findings/'), { view: 'findings', search: '' });
    assert.deepEqual(parseRoute('/explorer/findings/x'), { view: 'missing' });
  });

  it('reads every filter, kinds in the API order and once, whether repeated or comma-separated', () => {
    assert.deepEqual(readFindingsFilters('?kind=TARGET_FALLS,WEAKER_THAN_UPPER&kind=TARGET_FALLS&document=3100/Q%C4%90-UBND&level=DISTRICT&year=2024'), {
      kinds: ['WEAKER_THAN_UPPER', 'TARGET_FALLS'],
      document: '3100/QĐ-UBND',
      level: 'DISTRICT',
      year: 2024,
      ignored: [],
    });
    assert.deepEqual(readFindingsFilters(''), { kinds: [], document: null, level: null, year: null, ignored: [] });
  });

  it('leaves out what is not a filter value, and says so', () => {
    const filters = readFindingsFilters('?kind=WEAKER&level=CITY&year=20x4&document=%20');
    assert.deepEqual(filters, {
      kinds: [],
      document: null,
      level: null,
      year: null,
      ignored: [
        'kind=WEAKER is not a kind of finding',
        'level=CITY is not a level (NATIONAL, PROVINCE, DISTRICT, COMMUNE)',
        'year=20x4 is not a year',
      ],
    });
  });

  it('writes the filters back into a readable URL that reads back the same', () => {
    const filters = { kinds: ['WEAKER_THAN_UPPER', 'STRONGER_THAN_UPPER'], document: '3100/QĐ-UBND', level: 'DISTRICT', year: 2024 };
    const path = findingsPath(filters);
    assert.equal(path, '/explorer/findings?kind=WEAKER_THAN_UPPER,STRONGER_THAN_UPPER&document=3100/Q%C4%90-UBND&level=DISTRICT&year=2024');
    assert.deepEqual(readFindingsFilters(path.slice(path.indexOf('?'))), { ...filters, ignored: [] });
    assert.equal(findingsPath({}), '/explorer/findings');
    assert.equal(findingsPath({ document: '3100-qd-ubnd-2023' }), '/explorer/findings?document=3100-qd-ubnd-2023');
  });

  it('asks the API for every kind when none is ticked', () => {
    assert.deepEqual(findingsVariables(readFindingsFilters('?year=2025')), { kinds: null, document: null, level: null, year: 2025 });
  });
});

describe('findings heading', () => {
  it('counts one kind by its own noun, several as findings, with the other filters in words', () => {
    assert.equal(findingsHeading(29, { kinds: ['WEAKER_THAN_UPPER'], year: 2024 }), '29 weaker targets in 2024');
    assert.equal(findingsHeading(1, { kinds: ['WEAKER_THAN_UPPER'] }), '1 weaker target');
    assert.equal(
      findingsHeading(9, { kinds: ['TARGET_BELOW_RESULT'], documentLabel: '31/KH-SKHCN' }),
      '9 targets below a result concerning 31/KH-SKHCN',
    );
    assert.equal(findingsHeading(160, { kinds: ['WEAKER_THAN_UPPER', 'STRONGER_THAN_UPPER'], level: 'DISTRICT' }), '160 findings at the district / city level');
    assert.equal(findingsHeading(1, {}), '1 finding');
  });

  it('names every kind of the API', () => {
    assert.deepEqual(Object.keys(FINDING_KINDS), [
      'WEAKER_THAN_UPPER',
      'STRONGER_THAN_UPPER',
      'TARGET_FALLS',
      'TARGET_BELOW_RESULT',
      'MISSING_COUNTERPART',
      'BASIS_ISSUED_LATER',
      'ASSIGNED_TO_FORMER_UNIT',
      'UNRESOLVED_ASSIGNMENT',
    ]);
  });

  it('names the document filter by the number of the document it matched, or as typed', () => {
    const findings = [{ documents: [{ id: 'Document:3100-qd-ubnd-2023', key: '3100-qd-ubnd-2023', number: '3100/QĐ-UBND' }] }];
    assert.equal(documentLabel('3100-qd-ubnd-2023', findings), '3100/QĐ-UBND');
    assert.equal(documentLabel('Document:3100-qd-ubnd-2023', findings), '3100/QĐ-UBND');
    assert.equal(documentLabel('3100/QĐ-UBND', []), '3100/QĐ-UBND');
    assert.equal(documentLabel(null, findings), null);
  });

  it('labels a row by its document and number', () => {
    assert.equal(itemLabel({ number: '12.', document: { key: '3100-qd-ubnd-2023', number: '3100/QĐ-UBND' } }), '3100/QĐ-UBND · row 12');
  });
});
