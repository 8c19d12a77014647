// A lineage drawn as a layered graph (Cytoscape.js with the dagre layout): what a node derives from sits above it,
// each edge is labelled with its relations, a click on a node opens its page, and a click (or hover) on an edge
// shows where the sources state it. Under the drawing, the same edges as a list, readable without a canvas.
import { h, replace } from '../dom.js';
import { relationLabel } from '../format.js';
import { evidenceList } from './evidence.js';

let cytoscapeLoaded;

/** Cytoscape and its dagre layout, loaded on first use only (the search page never needs them). */
function loadCytoscape() {
  cytoscapeLoaded ??= Promise.all([import('cytoscape'), import('cytoscape-dagre')]).then(([cy, dagre]) => {
    cy.default.use(dagre.default);
    // Cytoscape adds a <style> element unless one with this id exists; explorer.css already has its rule
    // (.__________cytoscape_container { position: relative }), and a strict style-src would block the element.
    if (!document.getElementById('__________cytoscape_stylesheet')) {
      document.head.append(h('meta', { id: '__________cytoscape_stylesheet', name: 'cytoscape-stylesheet' }));
    }
    return cy.default;
  });
  return cytoscapeLoaded;
}

const STYLE = [
  {
    selector: 'node',
    style: {
      shape: 'round-rectangle',
      label: 'data(label)',
      'text-wrap': 'wrap',
      'text-max-width': 150,
      'text-valign': 'center',
      'font-size': 12,
      'font-family': 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
      width: 'label',
      height: 'label',
      padding: 10,
      'background-color': '#e8eefc',
      'border-width': 1,
      'border-color': '#6b87d6',
      color: '#1d2b4f',
    },
  },
  { selector: 'node[type = "PlanItem"]', style: { 'background-color': '#fff4dc', 'border-color': '#c99a2e' } },
  { selector: 'node[type = "Agency"]', style: { 'background-color': '#e5f4ea', 'border-color': '#4b9a68' } },
  { selector: 'node[?root]', style: { 'border-width': 3, 'border-color': '#1d2b4f', 'font-weight': 'bold' } },
  {
    selector: 'edge',
    style: {
      width: 1.5,
      'curve-style': 'bezier',
      'target-arrow-shape': 'triangle',
      'line-color': '#8a94a8',
      'target-arrow-color': '#8a94a8',
      label: 'data(label)',
      'font-size': 10,
      color: '#3b4458',
      'text-background-color': '#ffffff',
      'text-background-opacity': 0.9,
      'text-background-padding': 2,
    },
  },
  { selector: 'edge[?cites]', style: { 'line-style': 'dashed' } },
  { selector: 'edge:selected', style: { width: 3, 'line-color': '#1d4ed8', 'target-arrow-color': '#1d4ed8' } },
];

/** One edge's details: each relation and every place a source states it. */
function edgeDetails(edge, labels) {
  return h(
    'div',
    { class: 'edge-details' },
    h('h3', {}, `${labels.get(edge.from) ?? edge.from} → ${labels.get(edge.to) ?? edge.to}`),
    edge.links.map((link) =>
      h(
        'div',
        { class: 'edge-relation' },
        h('p', { class: 'relation' }, relationLabel(link.relation, { vietnamese: true })),
        evidenceList(link.provenance) ?? h('p', { class: 'muted' }, 'No source states this link (curated).'),
      ),
    ),
  );
}

/**
 * Draws `elements` (from format.graphElements) into a new section and returns it at once; the drawing appears
 * when Cytoscape has loaded. `navigate(path)` opens a node's page.
 */
export function lineageGraph({ title, elements, truncated, navigate, note }) {
  const labels = new Map(elements.nodes.map((n) => [n.id, n.label]));
  const canvas = h('div', { class: 'graph', role: 'img', 'aria-label': `${title}: drawing` });
  const details = h('div', { class: 'edge-panel', 'aria-live': 'polite' }, h('p', { class: 'muted' }, 'Click a link in the drawing or below to see where the sources state it; click a box to open it.'));
  const show = (edge) => replace(details, edgeDetails(edge, labels));
  const list = h(
    'ul',
    { class: 'edge-list' },
    elements.edges.map((edge) =>
      h(
        'li',
        { dataset: { from: edge.from, to: edge.to } },
        h('a', { href: elements.nodes.find((n) => n.id === edge.from)?.path ?? '#' }, labels.get(edge.from)),
        h('button', { type: 'button', class: 'relation-button', onclick: () => show(edge) }, ` ${edge.label} → `),
        h('a', { href: elements.nodes.find((n) => n.id === edge.to)?.path ?? '#' }, labels.get(edge.to)),
      ),
    ),
  );
  const section = h(
    'section',
    { class: 'lineage' },
    h('h2', {}, title),
    note ? h('p', { class: 'muted' }, note) : null,
    truncated ? h('p', { class: 'warning' }, 'The chain is longer than the server draws at once: it is cut here.') : null,
    canvas,
    details,
    h('details', { class: 'edge-list-box', open: true }, h('summary', {}, `Every link (${elements.edges.length})`), list),
  );
  loadCytoscape()
    .then((cytoscape) => draw(cytoscape, canvas, elements, { show, navigate }))
    .catch((e) => replace(canvas, h('p', { class: 'error' }, `The drawing could not be made: ${e.message}`)));
  return section;
}

function draw(cytoscape, container, elements, { show, navigate }) {
  const edgesById = new Map(elements.edges.map((e) => [e.id, e]));
  const cy = cytoscape({
    container,
    elements: [
      ...elements.nodes.map((n) => ({ data: { id: n.id, label: n.label, type: n.type, root: n.root, path: n.path } })),
      ...elements.edges.map((e) => ({
        data: { id: e.id, source: e.from, target: e.to, label: e.label, cites: e.links.every((l) => l.relation === 'CITES') },
      })),
    ],
    style: STYLE,
    // what a thing derives from is drawn above it: edges point from the derived node up to its basis
    layout: { name: 'dagre', rankDir: 'BT', nodeSep: 70, rankSep: 80, edgeSep: 20, padding: 16 },
    minZoom: 0.2,
    // a short chain is not blown up to fill the box
    maxZoom: 1.4,
    wheelSensitivity: 0.3,
    autoungrabify: true,
  });
  cy.on('tap', 'node', (event) => {
    const path = event.target.data('path');
    if (path && !event.target.data('root')) navigate(path);
  });
  cy.on('tap mouseover', 'edge', (event) => show(edgesById.get(event.target.id())));
  container.dataset.drawn = String(cy.nodes().length);
  return cy;
}
