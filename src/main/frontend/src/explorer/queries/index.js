// The explorer's GraphQL documents, each read from its .graphql file with the shared fragments it uses appended.
import { parseFragments, withFragments } from '../documents.js';
import fragmentsText from './fragments.graphql?raw';
import compare from './compare.graphql?raw';
import documentByNumber from './document-by-number.graphql?raw';
import documentItems from './document-items.graphql?raw';
import documentView from './document.graphql?raw';
import findings from './findings.graphql?raw';
import indicator from './indicator.graphql?raw';
import planItem from './plan-item.graphql?raw';
import relation from './relation.graphql?raw';
import search from './search.graphql?raw';
import unitRows from './unit-rows.graphql?raw';
import unit from './unit.graphql?raw';

const fragments = parseFragments(fragmentsText);
const assemble = (text) => withFragments(text, fragments);

export const SEARCH = assemble(search);
export const DOCUMENT = assemble(documentView);
export const DOCUMENT_ITEMS = assemble(documentItems);
export const DOCUMENT_BY_NUMBER = assemble(documentByNumber);
export const RELATION = assemble(relation);
export const PLAN_ITEM = assemble(planItem);
export const COMPARE = assemble(compare);
export const FINDINGS = assemble(findings);
export const INDICATOR = assemble(indicator);
export const UNIT = assemble(unit);
export const UNIT_ROWS = assemble(unitRows);
