// Unit tests of the page's pure functions (byte offsets, the force layout), run by Node without a
// browser.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { byteToIndexTable, spanToRange, layoutNetwork } = require('../../crates/server/web/app.js');

/** The UTF-8 byte offset of `text.slice(0, index)`. */
const byteOffset = (text, index) => Buffer.byteLength(text.slice(0, index), 'utf8');

test('byte offsets map to string indices in ASCII, Cyrillic, CJK, emoji and combining text', () => {
  const text = 'Баку и Ереван: 日本 👍🏽 e\u0301 \u202Eevil\u202C zero\u200Bwidth end';
  const table = byteToIndexTable(text);
  assert.equal(table.length, Buffer.byteLength(text, 'utf8') + 1);
  for (const word of ['Ереван', '日本', '👍🏽', 'e\u0301', 'evil', 'zero\u200Bwidth', 'end', 'Баку']) {
    const index = text.indexOf(word);
    const range = spanToRange(table, byteOffset(text, index), byteOffset(text, index + word.length));
    assert.deepEqual(range, { from: index, to: index + word.length }, word);
    assert.equal(text.slice(range.from, range.to), word);
  }
});

test('spans inside a character or outside the text are refused', () => {
  const text = 'Ереван';
  const table = byteToIndexTable(text);
  assert.equal(spanToRange(table, 1, 4), null, 'starts inside a character');
  assert.equal(spanToRange(table, 0, 13), null, 'past the end');
  assert.equal(spanToRange(table, 4, 2), null, 'reversed');
  assert.equal(spanToRange(table, -2, 2), null, 'negative');
  assert.equal(spanToRange(table, 0.5, 2), null, 'not an integer');
  assert.deepEqual(spanToRange(table, 0, 12), { from: 0, to: 6 });
});

test('the force layout keeps every node inside the frame, apart from the others', () => {
  const nodes = ['USA', 'RUS', 'UKR', 'ARM', 'AZE', 'org:un'].map((id) => ({ id }));
  const edges = [{ source: 'USA', target: 'RUS' }, { source: 'RUS', target: 'UKR' }, { source: 'AZE', target: 'ARM' }];
  const positions = layoutNetwork(nodes, edges, 900, 600);
  for (const { x, y } of positions) {
    assert.ok(x >= 30 && x <= 760 && y >= 25 && y <= 575, `${x},${y}`);
  }
  for (let a = 0; a < positions.length; a += 1) {
    for (let b = a + 1; b < positions.length; b += 1) {
      const distance = Math.hypot(positions[a].x - positions[b].x, positions[a].y - positions[b].y);
      assert.ok(distance > 20, `nodes ${a} and ${b} overlap`);
    }
  }
  assert.deepEqual(layoutNetwork(nodes, edges, 900, 600), positions, 'deterministic');
});
