// What a view shows while it waits for the API and when the API answers an error.
import { h, replace } from './dom.js';

/** A progress indicator in `container` (announced to screen readers) while `work` runs. */
export function showProgress(container, what = 'Loading') {
  container.setAttribute('aria-busy', 'true');
  replace(container, h('div', { class: 'progress', role: 'status' }, h('div', { class: 'progress-bar' }), `${what}…`));
}

/** Clears the busy state of `container`. */
export function done(container) {
  container.removeAttribute('aria-busy');
}

const CLASSIFICATION_TITLES = {
  NOT_FOUND: 'Not in the graph',
  BAD_REQUEST: 'The API refused the request',
  AMBIGUOUS: 'More than one match',
  INTERNAL_ERROR: 'The service failed',
};

/**
 * An error box: what went wrong, each message of the API once, its classification, and, with `retry`, a button
 * that asks again (a request that ran out of time may pass on a second try).
 */
export function errorBox(error, { retry } = {}) {
  const classifications = error.classifications ?? [];
  const title = CLASSIFICATION_TITLES[classifications[0]] ?? 'The API answered an error';
  const messages = error.errors?.length ? error.errors.map((e) => e.message) : [error.message];
  // one line per distinct message: a timeout fails every field of a page with the same words
  const counted = new Map();
  for (const m of messages) counted.set(m, (counted.get(m) ?? 0) + 1);
  return h(
    'div',
    { class: 'error', role: 'alert' },
    h('h2', {}, title),
    h('ul', {}, [...counted].map(([m, n]) => h('li', {}, n > 1 ? `${m} (${n} times)` : m))),
    classifications.length ? h('p', { class: 'muted' }, `extensions.classification: ${classifications.join(', ')}`) : null,
    retry ? h('button', { type: 'button', class: 'more retry', onclick: retry }, 'Try again') : null,
  );
}

/** Shows `error` in `container` in place of the view. */
export function showError(container, error) {
  done(container);
  replace(container, errorBox(error));
}
