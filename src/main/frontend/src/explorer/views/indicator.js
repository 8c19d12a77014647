// An indicator's page (/explorer/indicator/<key>): the rows that set it and the comparison across levels.
import { query } from '../api.js';
import { h, replace } from '../dom.js';
import { PILLARS } from '../format.js';
import { COMPARE, INDICATOR } from '../queries/index.js';
import { done, showError, showProgress } from '../status.js';
import { comparisonSection } from '../components/comparison.js';
import { itemTable } from '../components/tables.js';

export async function renderIndicator(main, route, { signal }) {
  showProgress(main, 'Loading the indicator');
  try {
    const [{ indicator }, { compare }] = await Promise.all([
      query(INDICATOR, { key: route.key }, { signal }),
      query(COMPARE, { indicator: route.key }, { signal }),
    ]);
    done(main);
    document.title = `${indicator.name} · Plan lineage explorer`;
    replace(
      main,
      h(
        'header',
        { class: 'entity-header' },
        h('p', { class: 'kind' }, `Indicator · ${PILLARS[indicator.pillar]} · ${indicator.unit.toLowerCase()}`),
        h('h1', { lang: 'vi' }, indicator.name),
      ),
      comparisonSection(compare, { title: 'Targets compared across levels', onIndicatorPage: true }),
      h('section', {}, h('h2', {}, `Rows that set it (${indicator.items.length})`), itemTable(indicator.items, { withDocument: true })),
    );
  } catch (e) {
    if (e.name !== 'AbortError') showError(main, e);
  }
}
