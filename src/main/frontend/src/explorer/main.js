// The explorer's entry point: the search box in the header and the router that renders each page.
import './explorer.css';
import { searchPath } from './format.js';
import { createRouter } from './router.js';
import { renderDocument } from './views/document.js';
import { renderFindings } from './views/findings.js';
import { renderIndicator } from './views/indicator.js';
import { renderPlanItem } from './views/plan-item.js';
import { renderSearch } from './views/search.js';
import { renderUnit } from './views/unit.js';

const views = {
  search: renderSearch,
  document: renderDocument,
  item: renderPlanItem,
  unit: renderUnit,
  indicator: renderIndicator,
  findings: renderFindings,
};

const main = document.getElementById('main');
const box = document.getElementById('search-text');
const form = document.getElementById('search-form');

const router = createRouter(main, views, {
  // the box shows the text of a search page, and stays as typed elsewhere
  onRoute: (route) => {
    if (route.view === 'search' && document.activeElement !== box) box.value = route.text;
    // the navigation marks the list page being shown
    for (const link of document.querySelectorAll('.site-nav a[data-view]')) {
      if (link.dataset.view === route.view) link.setAttribute('aria-current', 'page');
      else link.removeAttribute('aria-current');
    }
  },
});

// Results as you type: a pause of 250 ms runs the search. The first keystroke on another page opens the search
// page as a new history entry; later ones rewrite it, so the back button returns to where the typing began.
let timer;
box.addEventListener('input', () => {
  clearTimeout(timer);
  timer = setTimeout(() => {
    const onSearch = window.location.pathname.replace(/\/$/, '') === '/explorer';
    const params = new URLSearchParams(window.location.search);
    params.set('q', box.value);
    const path = onSearch ? `/explorer/?${params}` : searchPath(box.value);
    router.navigate(path, { replace: onSearch });
  }, 250);
});
form.addEventListener('submit', (event) => {
  event.preventDefault();
  clearTimeout(timer);
  router.navigate(searchPath(box.value));
});

router.render();
