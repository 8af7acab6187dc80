// The rhetor page: analysis of a pasted statement with every finding highlighted, and views of
// the corpus (search, network, timeline, technique profiles).
//
// Security: every string that comes from a document or from the API is hostile. The DOM is built
// with createElement and textContent only (never innerHTML), attributes are set only with fixed
// names, and styles only through the CSSOM, which the Content-Security-Policy allows while it
// forbids inline script and style attributes.
'use strict';

// ---------------------------------------------------------------------------------------------
// Offsets: the API's spans are UTF-8 byte offsets; JavaScript strings index UTF-16 code units.

/**
 * Maps every UTF-8 byte offset of `text` that falls on a character boundary to its UTF-16 index;
 * offsets inside a character map to -1. The table has one entry per byte plus one for the end.
 */
function byteToIndexTable(text) {
  const byteLength = new TextEncoder().encode(text).length;
  const table = new Int32Array(byteLength + 1).fill(-1);
  let byteOffset = 0;
  let index = 0;
  while (index < text.length) {
    table[byteOffset] = index;
    const codePoint = text.codePointAt(index);
    byteOffset += codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    index += codePoint > 0xffff ? 2 : 1;
  }
  table[byteOffset] = index;
  return table;
}

/** The UTF-16 range of a byte span, or null when the span does not fit the text. */
function spanToRange(table, start, end) {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start || end >= table.length) {
    return null;
  }
  const from = table[start];
  const to = table[end];
  return from < 0 || to < 0 ? null : { from, to };
}

// ---------------------------------------------------------------------------------------------
// DOM helpers: the only ways this script creates content.

function element(tag, options = {}, children = []) {
  const node = document.createElement(tag);
  if (options.className) node.className = options.className;
  if (options.text !== undefined && options.text !== null) appendText(node, String(options.text));
  if (options.title) node.title = String(options.title);
  for (const child of children) if (child) node.appendChild(child);
  return node;
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

function svgElement(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG_NAMESPACE, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text !== undefined) node.textContent = String(text);
  return node;
}

function svgTitle(text) {
  return svgElement('title', {}, text);
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function byId(id) {
  return document.getElementById(id);
}

function showError(id, message) {
  const box = byId(id);
  box.textContent = message || '';
  box.hidden = !message;
}

/** Fetches JSON from the API; errors carry the API's message. */
async function api(path, options) {
  const response = await fetch(path, options);
  let body = null;
  try {
    body = await response.json();
  } catch (error) {
    throw new Error(`${response.status} ${response.statusText}: the answer is not JSON`);
  }
  if (!response.ok) {
    const message = body && body.error ? `${body.error.message} (${body.error.code})` : response.statusText;
    const failure = new Error(message);
    failure.code = body && body.error ? body.error.code : 'http';
    throw failure;
  }
  return body;
}

/** An actor id as a URL path: each `/`-separated part escaped, the slashes kept. */
function actorPath(id) {
  return String(id).split('/').map(encodeURIComponent).join('/');
}

// ---------------------------------------------------------------------------------------------
// Colours.

/** A stable light colour for a name (a technique, a PLOVER type). */
function colourOf(name, lightness = 82) {
  let hash = 0;
  for (const character of String(name)) hash = (hash * 31 + character.codePointAt(0)) >>> 0;
  return `hsl(${hash % 360}, 65%, ${lightness}%)`;
}

function formatNumber(value, digits = 2) {
  return typeof value === 'number' ? value.toFixed(digits) : String(value ?? '');
}

// ---------------------------------------------------------------------------------------------
// The analysis view.

/**
 * The findings of an analysis (the rhetor/1 schema, or a stored document of /api/documents/{id})
 * as highlight ranges in UTF-16 indices, each with its kind, label and explanation.
 */
function collectFindings(analysis, table) {
  const findings = [];
  const add = (kind, start, end, label, detail, colour) => {
    const range = spanToRange(table, start, end);
    if (range && range.to > range.from) findings.push({ kind, ...range, label, detail, colour, index: findings.length });
  };
  for (const technique of analysis.techniques || []) {
    add('technique', technique.start, technique.end, technique.technique,
      `Technique: ${technique.technique}\nconfidence ${formatNumber(technique.confidence)}\nevidence: ${technique.evidence || '—'}`,
      colourOf(technique.technique));
  }
  for (const claim of analysis.claims || []) {
    if (!claim.checkworthy) continue;
    add('claim', claim.start, claim.end, 'check-worthy claim',
      `Claim (check-worthy), score ${formatNumber(claim.score)}${claim.claim_type ? `, ${claim.claim_type}` : ''}` +
      `${claim.about && claim.about.length ? `\nabout: ${claim.about.join(', ')}` : ''}`);
  }
  for (const actor of analysis.actors || []) {
    for (const mention of Array.isArray(actor.mentions) ? actor.mentions : []) {
      add('actor', mention.start, mention.end, actor.name,
        `Actor: ${actor.name} (${actor.id}, ${actor.type}${actor.sector ? `, ${actor.sector}` : ''})`);
    }
  }
  for (const event of analysis.events || []) {
    const trigger = event.trigger || {};
    add('event', trigger.start, trigger.end, event.plover,
      `Event ${event.plover} (CAMEO ${event.cameo}): ${event.source || '?'} → ${event.target || '?'}` +
      `\n${event.negated ? 'negated, ' : ''}${event.modality}, confidence ${formatNumber(event.confidence)}` +
      `${event.reported_by ? `\nreported by ${event.reported_by}` : ''}`);
  }
  return findings;
}

/**
 * Renders `text` with the findings as nested-free segments: the text is cut at every start and
 * end, and each piece is one span carrying the classes of every finding that covers it.
 */
function renderHighlightedText(container, text, findings) {
  clear(container);
  const boundaries = new Set([0, text.length]);
  for (const finding of findings) {
    boundaries.add(finding.from);
    boundaries.add(finding.to);
  }
  const cuts = [...boundaries].sort((a, b) => a - b);
  const starting = new Map();
  for (const finding of findings) {
    if (!starting.has(finding.from)) starting.set(finding.from, []);
    starting.get(finding.from).push(finding);
  }
  const firstElementOf = new Map();
  let active = [];
  const fragment = document.createDocumentFragment();
  for (let cut = 0; cut + 1 < cuts.length; cut += 1) {
    const from = cuts[cut];
    const to = cuts[cut + 1];
    active = active.filter((finding) => finding.to > from).concat(starting.get(from) || []);
    const piece = text.slice(from, to);
    if (active.length === 0) {
      appendText(fragment, piece);
      continue;
    }
    const kinds = new Set(active.map((finding) => finding.kind));
    const span = element('span', {
      className: ['hl', ...[...kinds].map((kind) => `hl-${kind}`)].join(' '),
      title: active.map((finding) => finding.detail).join('\n\n'),
    });
    appendText(span, piece);
    const technique = active.find((finding) => finding.kind === 'technique');
    if (technique) span.style.backgroundColor = technique.colour;
    span.addEventListener('click', () => showDetail(active.map((finding) => finding.detail).join('\n\n')));
    for (const finding of active) if (!firstElementOf.has(finding.index)) firstElementOf.set(finding.index, span);
    fragment.appendChild(span);
  }
  container.appendChild(fragment);
  return firstElementOf;
}

// Bidirectional controls (LRE, RLE, PDF, LRO, RLO, the isolates, LRM, RLM, ALM) and invisible
// characters (zero-width space and joiners, word joiner, BOM) in a document could reorder or hide
// what the reader sees. Each one is put in a span of its own: the bidi-isolated span confines a
// control to itself, and the style marks both kinds visibly; the text itself is unchanged.
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C]/;
const INVISIBLE_CHARACTER = /[\u200B-\u200D\u2060\uFEFF]/;
const SPECIAL_CHARACTERS = /([\u202A-\u202E\u2066-\u2069\u200E\u200F\u061C\u200B-\u200D\u2060\uFEFF])/;

function appendText(parent, text) {
  for (const part of text.split(SPECIAL_CHARACTERS)) {
    if (part === '') continue;
    if (BIDI_CONTROL.test(part) || INVISIBLE_CHARACTER.test(part)) {
      const code = `U+${part.codePointAt(0).toString(16).toUpperCase().padStart(4, '0')}`;
      const isBidi = BIDI_CONTROL.test(part);
      const marker = document.createElement('span');
      marker.className = isBidi ? 'bidi-control' : 'invisible-character';
      marker.textContent = part;
      marker.title = `${code} ${isBidi ? '(a direction control, neutralised)' : '(an invisible character)'}`;
      parent.appendChild(marker);
    } else {
      parent.appendChild(document.createTextNode(part));
    }
  }
}

function showDetail(text) {
  const detail = byId('finding-detail');
  clear(detail);
  appendText(detail, text);
}

function renderLegend(findings) {
  const legend = byId('legend');
  clear(legend);
  const item = (swatchClass, label, colour) => {
    const swatch = element('span', { className: `swatch ${swatchClass}` });
    if (colour) swatch.style.backgroundColor = colour;
    return element('span', { className: 'legend-item' }, [swatch, element('span', { text: label })]);
  };
  legend.appendChild(item('hl-actor', 'actor mention'));
  legend.appendChild(item('hl-event', 'event trigger'));
  legend.appendChild(item('hl-claim', 'check-worthy claim'));
  const techniques = [...new Set(findings.filter((f) => f.kind === 'technique').map((f) => f.label))].sort();
  for (const technique of techniques) legend.appendChild(item('', technique, colourOf(technique)));
}

/** A side list whose items scroll to and flash their span in the text. */
function renderList(listId, entries, firstElementOf) {
  const list = byId(listId);
  clear(list);
  if (entries.length === 0) list.appendChild(element('li', { className: 'muted', text: 'none' }));
  for (const entry of entries) {
    const item = element('li', { text: entry.text, title: entry.detail || entry.text });
    item.addEventListener('click', () => {
      if (entry.detail) showDetail(entry.detail);
      const target = entry.findingIndex !== undefined ? firstElementOf.get(entry.findingIndex) : null;
      if (target) {
        target.scrollIntoView({ block: 'center' });
        target.classList.add('flash');
        setTimeout(() => target.classList.remove('flash'), 1200);
      }
    });
    list.appendChild(item);
  }
}

function renderAnalysis(analysis) {
  const text = typeof analysis.text === 'string' ? analysis.text : '';
  const table = byteToIndexTable(text);
  const findings = collectFindings(analysis, table);
  byId('analysis').hidden = false;
  const title = byId('analysis-title');
  clear(title);
  appendText(title, analysis.title || analysis.id || 'Analysis');
  renderLegend(findings);
  const firstElementOf = renderHighlightedText(byId('document-text'), text, findings);
  showDetail('Click a highlighted passage or a list item for its evidence.');
  const firstFinding = (kind, predicate) => {
    const found = findings.find((finding) => finding.kind === kind && predicate(finding));
    return found ? found.index : undefined;
  };
  const actorNames = new Map((analysis.actors || []).map((actor) => [actor.id, actor.name]));
  const nameOf = (id) => (id ? actorNames.get(id) || id : '?');

  renderList('list-actors', (analysis.actors || []).map((actor) => {
    const mentions = Array.isArray(actor.mentions) ? actor.mentions.length : actor.mentions;
    return {
      text: `${actor.name} — ${actor.type}, ${actor.id} (${mentions}×)`,
      detail: `Actor: ${actor.name}\nid ${actor.id}, ${actor.type}\nmentions: ${mentions}`,
      findingIndex: firstFinding('actor', (finding) => finding.label === actor.name),
    };
  }), firstElementOf);
  renderList('list-events', (analysis.events || []).map((event) => {
    const trigger = event.trigger || {};
    const range = spanToRange(table, trigger.start, trigger.end);
    return {
      text: `${nameOf(event.source)} → ${nameOf(event.target)}: ${event.plover}${event.negated ? ' (negated)' : ''}` +
        `${event.modality !== 'asserted' ? ` (${event.modality})` : ''} — “${trigger.text || ''}”`,
      detail: `Event ${event.plover}, CAMEO ${event.cameo}\n${event.source || '?'} → ${event.target || '?'}\n` +
        `${event.modality}${event.negated ? ', negated' : ''}, confidence ${formatNumber(event.confidence)}`,
      findingIndex: range ? firstFinding('event', (finding) => finding.from === range.from) : undefined,
    };
  }), firstElementOf);
  renderList('list-techniques', (analysis.techniques || []).map((technique) => {
    const range = spanToRange(table, technique.start, technique.end);
    return {
      text: `${technique.technique} (${formatNumber(technique.confidence)})`,
      detail: `Technique: ${technique.technique}\nconfidence ${formatNumber(technique.confidence)}\nevidence: ${technique.evidence || '—'}\n\n${technique.text}`,
      findingIndex: range ? firstFinding('technique', (f) => f.from === range.from && f.label === technique.technique) : undefined,
    };
  }), firstElementOf);
  const claims = [...(analysis.claims || [])].sort((a, b) => b.score - a.score).slice(0, 20);
  renderList('list-claims', claims.map((claim) => {
    const range = spanToRange(table, claim.start, claim.end);
    return {
      text: `${formatNumber(claim.score)}${claim.checkworthy ? ' ✓' : ''} ${claim.text}`,
      detail: `Claim, score ${formatNumber(claim.score)}${claim.checkworthy ? ' (check-worthy)' : ''}\n${claim.text}`,
      findingIndex: range ? firstFinding('claim', (finding) => finding.from === range.from) : undefined,
    };
  }), firstElementOf);
  renderList('list-stances', (analysis.stances || []).map((stance) => ({
    text: `${nameOf(stance.actor)}: ${formatNumber(stance.score)}`,
    detail: `Stance toward ${nameOf(stance.actor)} (${stance.actor}): ${formatNumber(stance.score)}` +
      (Array.isArray(stance.evidence) ? `\nevidence: ${stance.evidence.map((span) => span.text).join(' · ')}` : ''),
  })), firstElementOf);
  const frames = (analysis.frames || []).map((frame) => ({ text: `${frame.frame} (${formatNumber(frame.confidence)})` }));
  if (analysis.genre) frames.push({ text: `genre: ${analysis.genre.genre} (${formatNumber(analysis.genre.confidence)})` });
  renderList('list-frames', frames, firstElementOf);
}

async function analyzeText(text) {
  showError('analyze-error', '');
  const button = byId('analyze-button');
  button.disabled = true;
  try {
    const analysis = await api('/api/analyze', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ text, id: 'pasted' }),
    });
    renderAnalysis(analysis);
  } catch (error) {
    showError('analyze-error', `The analysis failed: ${error.message}`);
  } finally {
    button.disabled = false;
  }
}

async function openStoredDocument(id) {
  switchView('analyze');
  showError('analyze-error', '');
  try {
    const stored = await api(`/api/documents/${actorPath(id)}`);
    byId('input-text').value = '';
    renderAnalysis(stored);
  } catch (error) {
    showError('analyze-error', `The document could not be opened: ${error.message}`);
  }
}

// ---------------------------------------------------------------------------------------------
// Search.

async function runSearch() {
  const query = byId('search-query').value.trim();
  const results = byId('search-results');
  clear(results);
  showError('search-error', '');
  byId('search-summary').textContent = '';
  if (!query) return;
  try {
    const answer = await api(`/api/search?q=${encodeURIComponent(query)}&limit=50`);
    byId('search-summary').textContent = `${answer.hits.length} document(s) match`;
    for (const hit of answer.hits) {
      const open = element('button', { className: 'link-button result-title', text: hit.title || hit.id });
      open.type = 'button';
      open.addEventListener('click', () => openStoredDocument(hit.id));
      const snippet = element('p', { className: 'snippet' });
      for (const part of hit.snippet) {
        if (part.match) snippet.appendChild(element('mark', { text: part.text }));
        else appendText(snippet, part.text);
      }
      const meta = element('div', { className: 'muted', text: [hit.id, hit.source, hit.date].filter(Boolean).join(' · ') });
      results.appendChild(element('li', {}, [open, meta, snippet]));
    }
  } catch (error) {
    showError('search-error', error.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Network: a force layout written here (repulsion between every pair, springs along edges,
// gravity to the centre), run a fixed number of steps from a circle, so the same data always
// gives the same picture.

function layoutNetwork(nodes, edges, width, height) {
  const count = nodes.length;
  const positions = nodes.map((_, index) => {
    const angle = (2 * Math.PI * index) / Math.max(count, 1);
    return { x: width / 2 + (width / 3) * Math.cos(angle), y: height / 2 + (height / 3) * Math.sin(angle) };
  });
  const indexOf = new Map(nodes.map((node, index) => [node.id, index]));
  const links = edges
    .map((edge) => [indexOf.get(edge.source), indexOf.get(edge.target)])
    .filter(([source, target]) => source !== undefined && target !== undefined);
  const ideal = Math.min(90, Math.sqrt((width * height) / Math.max(count, 1)) * 0.35);
  // Gravity strong enough to hold unconnected groups in the frame instead of against its walls.
  const gravity = 0.3;
  let temperature = width / 8;
  for (let step = 0; step < 300; step += 1) {
    const forces = positions.map(() => ({ x: 0, y: 0 }));
    for (let a = 0; a < count; a += 1) {
      for (let b = a + 1; b < count; b += 1) {
        const dx = positions[a].x - positions[b].x || 0.01;
        const dy = positions[a].y - positions[b].y || 0.01;
        const distance = Math.max(Math.hypot(dx, dy), 1);
        const push = (ideal * ideal) / distance;
        forces[a].x += (dx / distance) * push; forces[a].y += (dy / distance) * push;
        forces[b].x -= (dx / distance) * push; forces[b].y -= (dy / distance) * push;
      }
    }
    for (const [source, target] of links) {
      const dx = positions[source].x - positions[target].x;
      const dy = positions[source].y - positions[target].y;
      const distance = Math.max(Math.hypot(dx, dy), 1);
      const pull = (distance * distance) / ideal;
      forces[source].x -= (dx / distance) * pull; forces[source].y -= (dy / distance) * pull;
      forces[target].x += (dx / distance) * pull; forces[target].y += (dy / distance) * pull;
    }
    for (let index = 0; index < count; index += 1) {
      forces[index].x += (width / 2 - positions[index].x) * gravity;
      forces[index].y += (height / 2 - positions[index].y) * gravity;
      const magnitude = Math.max(Math.hypot(forces[index].x, forces[index].y), 0.01);
      const move = Math.min(magnitude, temperature);
      // The margins leave room for the circles and, on the right, the labels.
      positions[index].x = Math.min(width - 140, Math.max(30, positions[index].x + (forces[index].x / magnitude) * move));
      positions[index].y = Math.min(height - 25, Math.max(25, positions[index].y + (forces[index].y / magnitude) * move));
    }
    temperature = Math.max(temperature * 0.98, 0.5);
  }
  return positions;
}

async function drawNetwork() {
  const svg = byId('network-graph');
  clear(svg);
  showError('network-error', '');
  const types = byId('network-types').value.trim() || 'ACCUSE';
  const level = byId('network-level').value;
  try {
    const network = await api(`/api/network?types=${encodeURIComponent(types)}&level=${encodeURIComponent(level)}&limit=120`);
    byId('network-summary').textContent =
      `${network.nodes.length} actors, ${network.edges.length} directed edges (${network.types.join(', ') || 'all types'}); click an actor for its profile`;
    const width = 900;
    const height = 600;
    const positions = layoutNetwork(network.nodes, network.edges, width, height);
    const indexOf = new Map(network.nodes.map((node, index) => [node.id, index]));
    const defs = svgElement('defs');
    const marker = svgElement('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: 10, refY: 5, markerWidth: 7, markerHeight: 7, orient: 'auto-start-reverse' });
    marker.appendChild(svgElement('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow-head' }));
    defs.appendChild(marker);
    svg.appendChild(defs);
    const radiusOf = (node) => 6 + Math.min(18, Math.sqrt(node.weight || 1) * 2);
    for (const edge of network.edges) {
      const source = indexOf.get(edge.source);
      const target = indexOf.get(edge.target);
      if (source === undefined || target === undefined) continue;
      const from = positions[source];
      const to = positions[target];
      // A slight curve keeps A→B and B→A apart; the end stops at the target's circle.
      const dx = to.x - from.x;
      const dy = to.y - from.y;
      const length = Math.max(Math.hypot(dx, dy), 1);
      const shorten = radiusOf(network.nodes[target]) + 2;
      const endX = to.x - (dx / length) * shorten;
      const endY = to.y - (dy / length) * shorten;
      const controlX = (from.x + endX) / 2 - (dy / length) * 18;
      const controlY = (from.y + endY) / 2 + (dx / length) * 18;
      const path = svgElement('path', {
        d: `M ${from.x.toFixed(1)} ${from.y.toFixed(1)} Q ${controlX.toFixed(1)} ${controlY.toFixed(1)} ${endX.toFixed(1)} ${endY.toFixed(1)}`,
        class: 'edge',
        'stroke-width': Math.min(8, 1 + Math.log2(edge.count)).toFixed(1),
        'marker-end': 'url(#arrow)',
      });
      const byType = Object.entries(edge.by_type || {}).map(([type, count]) => `${type} ${count}`).join(', ');
      path.appendChild(svgTitle(`${edge.source} → ${edge.target}: ${edge.count} (${byType})`));
      svg.appendChild(path);
    }
    network.nodes.forEach((node, index) => {
      const group = svgElement('g', { class: 'node', transform: `translate(${positions[index].x.toFixed(1)} ${positions[index].y.toFixed(1)})` });
      group.setAttribute('data-actor', node.id);
      group.appendChild(svgElement('circle', { r: radiusOf(node).toFixed(1) }));
      group.appendChild(svgElement('text', { x: (radiusOf(node) + 3).toFixed(1), y: 4 }, node.name));
      group.appendChild(svgTitle(`${node.name} (${node.id}), ${node.weight} events`));
      group.addEventListener('click', () => showActorProfile(node.id));
      svg.appendChild(group);
    });
  } catch (error) {
    showError('network-error', error.message);
  }
}

async function showActorProfile(id) {
  const panel = byId('actor-profile');
  clear(panel);
  try {
    const actor = await api(`/api/actors/${actorPath(id)}`);
    panel.appendChild(element('h3', { text: `${actor.name} (${actor.id})` }));
    panel.appendChild(element('p', { text: `${actor.type}; named in ${actor.documents} document(s), ${actor.mentions} mention(s)` +
      (actor.mean_stance ? `; mean stance toward it ${formatNumber(actor.mean_stance.score)} over ${actor.mean_stance.documents}` : '') }));
    const counts = (label, list) => element('p', { text: `${label}: ${list.map((c) => `${c.plover} ${c.count}`).join(', ') || 'none'}` });
    panel.appendChild(counts('As source', actor.events_as_source));
    panel.appendChild(counts('As target', actor.events_as_target));
    panel.appendChild(element('h3', { text: 'Recent documents' }));
    const documents = element('ul');
    for (const document_ of actor.recent_documents) {
      const open = element('button', { className: 'link-button', text: `${document_.date || 'undated'} ${document_.title || document_.id}` });
      open.type = 'button';
      open.addEventListener('click', () => openStoredDocument(document_.id));
      documents.appendChild(element('li', {}, [open]));
    }
    panel.appendChild(documents);
    panel.appendChild(element('h3', { text: 'Most check-worthy claims' }));
    const claims = element('ul');
    for (const claim of actor.top_claims) claims.appendChild(element('li', { text: `${formatNumber(claim.score)} ${claim.text}` }));
    panel.appendChild(claims);
  } catch (error) {
    panel.textContent = error.message;
  }
}

// ---------------------------------------------------------------------------------------------
// Timeline: bars per period, stacked by PLOVER type.

async function drawTimeline() {
  const svg = byId('timeline-chart');
  clear(svg);
  clear(byId('timeline-legend'));
  showError('timeline-error', '');
  const parameters = new URLSearchParams({
    by: byId('timeline-by').value,
    source: byId('timeline-source').value.trim(),
    target: byId('timeline-target').value.trim(),
    plover: byId('timeline-plover').value.trim(),
  });
  try {
    const series = await api(`/api/events?${parameters}`);
    const periods = new Map();
    const types = new Set();
    for (const row of series.counts) {
      if (!periods.has(row.period)) periods.set(row.period, new Map());
      const byType = periods.get(row.period);
      byType.set(row.plover, (byType.get(row.plover) || 0) + row.count);
      types.add(row.plover);
    }
    // Periods in time order, undated at the end.
    const ordered = [...periods.keys()].sort((a, b) => (a === 'undated') - (b === 'undated') || a.localeCompare(b));
    const total = series.counts.reduce((sum, row) => sum + row.count, 0);
    byId('timeline-summary').textContent =
      `${total} asserted, non-negated event(s) ${series.source || 'any'} → ${series.target || 'any'} in ${ordered.length} period(s)`;
    const width = 900;
    const height = 320;
    const left = 40;
    const bottom = 40;
    const largest = Math.max(1, ...ordered.map((period) => [...periods.get(period).values()].reduce((a, b) => a + b, 0)));
    const slot = (width - left - 10) / Math.max(ordered.length, 1);
    svg.appendChild(svgElement('line', { x1: left, y1: height - bottom, x2: width - 5, y2: height - bottom, stroke: '#999' }));
    svg.appendChild(svgElement('text', { x: 4, y: 14 }, String(largest)));
    const sortedTypes = [...types].sort();
    ordered.forEach((period, index) => {
      let y = height - bottom;
      const x = left + index * slot + slot * 0.15;
      for (const type of sortedTypes) {
        const count = periods.get(period).get(type) || 0;
        if (!count) continue;
        const barHeight = ((height - bottom - 20) * count) / largest;
        y -= barHeight;
        const bar = svgElement('rect', { x: x.toFixed(1), y: y.toFixed(1), width: Math.max(slot * 0.7, 1).toFixed(1), height: barHeight.toFixed(1), fill: colourOf(type, 55), class: 'timeline-bar' });
        bar.appendChild(svgTitle(`${period}: ${type} ${count}`));
        svg.appendChild(bar);
      }
      if (ordered.length <= 40 || index % Math.ceil(ordered.length / 40) === 0) {
        svg.appendChild(svgElement('text', { x: (x + slot * 0.35).toFixed(1), y: height - bottom + 14, 'text-anchor': 'middle' }, period));
      }
    });
    for (const type of sortedTypes) {
      const swatch = element('span', { className: 'swatch' });
      swatch.style.backgroundColor = colourOf(type, 55);
      byId('timeline-legend').appendChild(element('span', { className: 'legend-item' }, [swatch, element('span', { text: type })]));
    }
  } catch (error) {
    showError('timeline-error', error.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Technique profiles per source.

async function drawTechniqueProfiles() {
  const container = byId('technique-profiles');
  clear(container);
  showError('techniques-error', '');
  try {
    const answer = await api('/api/techniques');
    for (const source of answer.sources) {
      const profile = element('div', { className: 'profile' });
      profile.appendChild(element('h3', { text: `${source.source || 'unknown source'} — ${source.documents} document(s), ${source.total} technique finding(s)` }));
      const largest = Math.max(0.0001, ...source.techniques.map((technique) => technique.per_document));
      for (const technique of source.techniques) {
        const bar = element('div', { className: 'bar' });
        bar.style.width = `${((100 * technique.per_document) / largest).toFixed(1)}%`;
        bar.style.backgroundColor = colourOf(technique.technique, 55);
        profile.appendChild(element('div', { className: 'bar-row' }, [
          element('span', { text: technique.technique }),
          element('div', {}, [bar]),
          element('span', { className: 'muted', text: `${technique.count} (${formatNumber(technique.per_document)}/doc)` }),
        ]));
      }
      container.appendChild(profile);
    }
    if (answer.sources.length === 0) container.appendChild(element('p', { className: 'muted', text: 'The corpus is empty.' }));
  } catch (error) {
    showError('techniques-error', error.message);
  }
}

// ---------------------------------------------------------------------------------------------
// Views and start-up.

const corpusViews = { search: null, network: drawNetwork, timeline: drawTimeline, techniques: drawTechniqueProfiles };
const drawn = new Set();

function switchView(name) {
  for (const button of document.querySelectorAll('#tabs button')) {
    button.classList.toggle('active', button.dataset.view === name);
  }
  for (const view of document.querySelectorAll('.view')) view.hidden = view.id !== `view-${name}`;
  const draw = corpusViews[name];
  if (draw && !drawn.has(name)) {
    drawn.add(name);
    draw();
  }
}

async function showCorpusStatus() {
  try {
    const status = await api('/api/status');
    byId('corpus-status').textContent = status.corpus
      ? `corpus: ${status.documents} document(s)`
      : 'no corpus loaded (start with rhetor serve --db FILE): only Analyze works';
  } catch (error) {
    byId('corpus-status').textContent = `status unavailable: ${error.message}`;
  }
}

function start() {
  for (const button of document.querySelectorAll('#tabs button')) {
    button.addEventListener('click', () => switchView(button.dataset.view));
  }
  byId('analyze-button').addEventListener('click', () => analyzeText(byId('input-text').value));
  byId('input-file').addEventListener('change', async (event) => {
    const file = event.target.files && event.target.files[0];
    if (!file) return;
    const text = await file.text();
    byId('input-text').value = text;
    analyzeText(text);
  });
  byId('search-button').addEventListener('click', runSearch);
  byId('search-query').addEventListener('keydown', (event) => { if (event.key === 'Enter') runSearch(); });
  byId('network-button').addEventListener('click', drawNetwork);
  byId('timeline-button').addEventListener('click', drawTimeline);
  showCorpusStatus();
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
  else start();
}
if (typeof module !== 'undefined') module.exports = { byteToIndexTable, spanToRange, layoutNetwork };
