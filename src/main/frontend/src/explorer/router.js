// Every view has its own URL under /explorer/: links inside the page change the URL with the History API (so the
// back button and bookmarks work), and each change renders the view the URL names. Only one view renders at a
// time: leaving a page cancels its requests still in flight.
import { h, replace } from './dom.js';
import { BASE, parseRoute } from './format.js';

export function createRouter(main, views, { onRoute } = {}) {
  let controller = null;

  async function render() {
    controller?.abort();
    controller = new AbortController();
    const route = parseRoute(window.location.pathname, window.location.search);
    onRoute?.(route);
    const view = views[route.view];
    if (!view) {
      replace(main, h('div', { class: 'error', role: 'alert' }, h('h2', {}, 'No such page'), h('p', {}, 'The explorer has no page at this address. ', h('a', { href: `${BASE}/` }, 'Search instead.'))));
      return;
    }
    await view(main, route, { signal: controller.signal, navigate });
    if (route.view !== 'search') main.focus({ preventScroll: true });
  }

  /** Shows `path`; `replace` rewrites the current history entry instead of adding one (typing in the search box). */
  function navigate(path, { replace: rewrite = false } = {}) {
    const current = window.location.pathname + window.location.search;
    if (path === current) return render();
    window.history[rewrite ? 'replaceState' : 'pushState']({}, '', path);
    if (!rewrite) window.scrollTo(0, 0);
    return render();
  }

  // A plain click on a link into the explorer stays in the page; other links (sources, GraphiQL) load as usual.
  document.addEventListener('click', (event) => {
    const a = event.target.closest?.('a[href]');
    if (!a || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    if (a.target || a.origin !== window.location.origin || !(a.pathname === BASE || a.pathname.startsWith(`${BASE}/`))) return;
    event.preventDefault();
    navigate(a.pathname + a.search);
  });
  window.addEventListener('popstate', render);

  return { render, navigate };
}
