// The rhetor page in Debian's headless Chromium, driven by playwright-core with real clicks,
// against a real `rhetor serve` on a free 127.0.0.1 port over a small ingested corpus.
//
// Environment: RHETOR_BIN (the rhetor binary; run.sh sets it), CHROMIUM (default /usr/bin/chromium),
// RHETOR_ARTIFACTS (screenshots; default target/browser-artifacts at the repository root).

import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, existsSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repositoryRoot = path.resolve(here, '..', '..');
const rhetorBinary = process.env.RHETOR_BIN || path.join(repositoryRoot, 'target', 'debug', 'rhetor');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';
const artifacts = process.env.RHETOR_ARTIFACTS || path.join(repositoryRoot, 'target', 'browser-artifacts');
// The seed statement lives in ../shared beside the repository; a project example stands in for it
// on a machine without ../shared.
const seedStatement = [
  path.join(repositoryRoot, '..', 'shared', 'examples', 'statement-wac-blinken.txt'),
  path.join(repositoryRoot, 'examples', 'statement-ngo-accusation.txt'),
].find((candidate) => existsSync(candidate));

const HOSTILE_TEXT = [
  '<script>window.__pwned=1</script>',
  '<img src=x onerror="window.__pwned=1">',
  '<a href="javascript:window.__pwned=1">click me</a>',
  '<svg onload="window.__pwned=1"></svg>',
  'The United States condemns Russia for the attack on Ukraine.',
  '\u202Eevil reversed text\u202C and zero\u200Bwidth\u200Cjoiners\u200D and \uFEFF.',
  '"><iframe src="javascript:window.__pwned=1"></iframe>',
].join('\n');

let workDirectory;
let server;
let baseUrl;
let browser;
let page;
const dialogs = [];
const consoleErrors = [];
const foreignRequests = [];

/** Starts `rhetor serve` on port 0 and resolves with the address it logs. */
function startServer(database) {
  return new Promise((resolve, reject) => {
    const child = spawn(rhetorBinary, ['serve', '--db', database, '--addr', '127.0.0.1:0'], {
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    const timer = setTimeout(() => reject(new Error(`rhetor serve did not start:\n${log}`)), 30_000);
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      log += chunk;
      const match = /listening address=(127\.0\.0\.1:\d+)/.exec(log);
      if (match) {
        clearTimeout(timer);
        resolve({ child, url: `http://${match[1]}`, log: () => log });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`rhetor serve exited with ${code}:\n${log}`));
    });
  });
}

async function screenshot(name) {
  await page.screenshot({ path: path.join(artifacts, `${name}.png`), fullPage: true });
}

before(async () => {
  assert.ok(existsSync(rhetorBinary), `no rhetor binary at ${rhetorBinary} (set RHETOR_BIN or run run.sh)`);
  mkdirSync(artifacts, { recursive: true });
  workDirectory = mkdtempSync(path.join(tmpdir(), 'rhetor-browser-'));
  const database = path.join(workDirectory, 'corpus.db');
  execFileSync(rhetorBinary, [
    'ingest', path.join(repositoryRoot, 'examples', 'corpus.jsonl'), path.join(here, 'fixture-corpus.jsonl'), '--db', database,
  ], { stdio: ['ignore', 'ignore', 'inherit'] });
  server = await startServer(database);
  baseUrl = server.url;
  // A persistent context is how Playwright takes a fresh --user-data-dir of our choosing.
  browser = await chromium.launchPersistentContext(path.join(workDirectory, 'chromium-profile'), {
    executablePath: chromiumPath,
    headless: true,
    viewport: { width: 1400, height: 1000 },
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  page = browser.pages()[0] || (await browser.newPage());
  page.on('dialog', async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`page error: ${error.message}`));
  page.on('request', (request) => {
    if (!request.url().startsWith(baseUrl)) foreignRequests.push(request.url());
  });
  await page.goto(`${baseUrl}/`);
  await page.locator('#corpus-status').filter({ hasText: 'document' }).waitFor();
});

after(async () => {
  if (browser) await browser.close();
  if (server && server.child.exitCode === null) {
    server.child.kill('SIGTERM');
    await new Promise((resolve) => server.child.once('exit', resolve));
  }
  if (workDirectory) rmSync(workDirectory, { recursive: true, force: true });
});

/** Whether the page's own script or styles broke its Content-Security-Policy, or asked elsewhere. */
function assertPageStayedClean() {
  assert.deepEqual(consoleErrors.filter((text) => /Content Security Policy|Refused to/i.test(text)), []);
  assert.deepEqual(foreignRequests, []);
  assert.deepEqual(dialogs, []);
}

test('the seed statement pasted and analysed shows highlighted findings', async () => {
  const statement = readFileSync(seedStatement, 'utf8');
  await page.locator('#tabs button[data-view="analyze"]').click();
  await page.locator('#input-text').fill(statement);
  await page.locator('#analyze-button').click();
  await waitForDocumentText(statement);
  const highlighted = await page.locator('#document-text .hl').count();
  assert.ok(highlighted > 0, 'no highlighted spans');
  await assertVisible('#document-text .hl-technique');
  await assertVisible('#document-text .hl-actor');
  // The text shown is exactly the text analysed: no piece lost or repeated by the highlighting.
  const shown = await page.locator('#document-text').evaluate((node) => node.textContent);
  assert.equal(shown, statement);
  assert.ok((await page.locator('#legend .legend-item').count()) > 3, 'the legend lists the kinds and techniques');
  assert.ok((await page.locator('#list-actors li').count()) > 0);
  assert.ok((await page.locator('#list-events li').count()) > 0);
  // Hover text carries the confidence and evidence.
  const title = await page.locator('#document-text .hl-technique').first().getAttribute('title');
  assert.match(title, /confidence \d\.\d\d/);
  assert.match(title, /evidence: /);
  // A click on a list item shows its detail.
  await page.locator('#list-techniques li').first().click();
  assert.match(await page.locator('#finding-detail').textContent(), /Technique: /);
  await screenshot('analyze-seed-statement');
  assertPageStayedClean();
});

/** Waits until the analysis view shows exactly `text`: the new analysis, not the previous one. */
async function waitForDocumentText(text) {
  await page.waitForFunction((expected) => document.getElementById('document-text').textContent === expected, text);
}

async function assertVisible(selector) {
  const first = page.locator(selector).first();
  await first.waitFor({ state: 'visible' });
  assert.ok(await first.isVisible(), `${selector} is not visible`);
}

test('byte offsets land on the right characters in non-ASCII text (uploaded as a file)', async () => {
  const text = 'Заявление 👍🏽 — «тест»: Azerbaijan condemns Armenia. 日本語 Armenia accused Azerbaijan of shelling.';
  const file = path.join(workDirectory, 'non-ascii.txt');
  writeFileSync(file, text);
  await page.locator('#tabs button[data-view="analyze"]').click();
  await page.locator('#input-file').setInputFiles(file);
  await waitForDocumentText(text);
  const actorTexts = await page.locator('#document-text .hl-actor').allTextContents();
  assert.ok(actorTexts.length >= 4, `actor spans: ${JSON.stringify(actorTexts)}`);
  for (const actor of actorTexts) assert.ok(['Azerbaijan', 'Armenia'].includes(actor), `misplaced actor span ${JSON.stringify(actor)}`);
  const eventTexts = await page.locator('#document-text .hl-event').allTextContents();
  assert.ok(eventTexts.some((trigger) => /condemns|accused|shelling/.test(trigger)), JSON.stringify(eventTexts));
  assert.equal(await page.locator('#document-text').evaluate((node) => node.textContent), text);
  assertPageStayedClean();
});

test('search for "condemn" shows snippets with the matches highlighted', async () => {
  await page.locator('#tabs button[data-view="search"]').click();
  await page.locator('#search-query').fill('condemn*');
  await page.locator('#search-button').click();
  await page.locator('#search-results li').first().waitFor();
  assert.ok((await page.locator('#search-results li').count()) >= 3);
  const marks = await page.locator('#search-results mark').allTextContents();
  assert.ok(marks.length > 0 && marks.every((mark) => /^condemn/i.test(mark)), JSON.stringify(marks));
  await screenshot('search-condemn');
  // Opening a hit shows the stored document with its findings.
  const firstTitle = await page.locator('#search-results .result-title').first().textContent();
  await page.locator('#search-results .result-title').first().click();
  await page.locator('#analysis-title').filter({ hasText: firstTitle }).waitFor();
  assert.ok((await page.locator('#view-analyze #document-text .hl').count()) > 0);
  assertPageStayedClean();
});

test('the network view draws who accuses whom, and a click opens an actor', async () => {
  await page.locator('#tabs button[data-view="network"]').click();
  await page.locator('#network-graph g.node').first().waitFor();
  assert.ok((await page.locator('#network-graph g.node').count()) >= 3);
  assert.ok((await page.locator('#network-graph path.edge').count()) >= 2);
  const actors = await page.locator('#network-graph g.node').evaluateAll((nodes) => nodes.map((node) => node.getAttribute('data-actor')));
  assert.ok(actors.includes('USA') && actors.includes('RUS'), JSON.stringify(actors));
  await page.locator('#network-graph g.node[data-actor="USA"] circle').click();
  await page.locator('#actor-profile h3').first().waitFor();
  assert.match(await page.locator('#actor-profile h3').first().textContent(), /United States \(USA\)/);
  await screenshot('network');
  assertPageStayedClean();
});

test('the timeline shows USA → RUS events per month', async () => {
  await page.locator('#tabs button[data-view="timeline"]').click();
  await page.locator('#timeline-chart rect.timeline-bar').first().waitFor();
  const bars = await page.locator('#timeline-chart rect.timeline-bar').count();
  assert.ok(bars >= 3, `${bars} bars`);
  assert.match(await page.locator('#timeline-summary').textContent(), /USA → RUS/);
  await screenshot('timeline-usa-rus');
  await page.locator('#tabs button[data-view="techniques"]').click();
  await page.locator('#technique-profiles .profile').first().waitFor();
  await screenshot('technique-profiles');
  assertPageStayedClean();
});

test('a hostile document is shown as inert text', async () => {
  await page.locator('#tabs button[data-view="analyze"]').click();
  await page.locator('#input-text').fill(HOSTILE_TEXT);
  await page.locator('#analyze-button').click();
  await waitForDocumentText(HOSTILE_TEXT);
  assert.ok((await page.locator('#document-text .hl').count()) > 0);
  // The direction override and the invisible characters are each confined to a marked span.
  assert.equal(await page.locator('#document-text .bidi-control').count(), 2);
  assert.equal(await page.locator('#document-text .invisible-character').count(), 4);
  assert.equal(
    await page.locator('#document-text .bidi-control').first().evaluate((node) => getComputedStyle(node).unicodeBidi),
    'isolate',
  );
  // Side lists mark them too (the claim's sentence starts after the override, so it holds one).
  assert.ok((await page.locator('#list-claims .bidi-control').count()) >= 1);
  assert.ok((await page.locator('#list-claims .invisible-character').count()) >= 3);
  // Hover and click every highlighted piece, as a curious reader would.
  for (const piece of await page.locator('#document-text .hl').all()) {
    await piece.hover();
    await piece.click();
  }
  // The stored hostile document, opened from a search, is inert too.
  await page.locator('#tabs button[data-view="search"]').click();
  await page.locator('#search-query').fill('pwned');
  await page.locator('#search-button').click();
  await page.locator('#search-results li').first().waitFor();
  await page.locator('#search-results .result-title').first().click();
  await page.locator('#analysis-title').filter({ hasText: 'onerror' }).waitFor();
  assert.ok((await page.locator('#document-text .hl').count()) > 0);
  const state = await page.evaluate(() => ({
    pwned: typeof window.__pwned,
    injected: document.querySelectorAll('main script, main img, main iframe, main a, main svg:not(#network-graph):not(#timeline-chart)').length,
  }));
  assert.deepEqual(state, { pwned: 'undefined', injected: 0 });
  await screenshot('hostile-document');
  assertPageStayedClean();
});

test('responses carry the security headers', async () => {
  const response = await page.request.get(`${baseUrl}/`);
  const headers = response.headers();
  assert.match(headers['content-security-policy'], /script-src 'self'/);
  assert.doesNotMatch(headers['content-security-policy'], /unsafe-inline/);
  assert.equal(headers['x-content-type-options'], 'nosniff');
  const api = await page.request.post(`${baseUrl}/api/analyze`, { data: { text: '<script>x</script>' } });
  assert.match(api.headers()['content-type'], /^application\/json/);
});

test('SIGTERM stops the server cleanly, after the requests in flight', async () => {
  await browser.close();
  browser = null;
  // An analysis in flight when the signal arrives is still answered.
  const inFlight = fetch(`${baseUrl}/api/analyze`, { method: 'POST', body: 'The United States condemns Russia.' });
  const exited = new Promise((resolve) => server.child.once('exit', (code, signal) => resolve({ code, signal })));
  server.child.kill('SIGTERM');
  const answer = await inFlight.catch((error) => error);
  assert.deepEqual(await exited, { code: 0, signal: null });
  assert.match(server.log(), /shutting down/);
  assert.match(server.log(), /stopped/);
  // Either the request was in flight and answered, or it arrived after the listener closed;
  // never a half answer.
  if (!(answer instanceof Error)) assert.equal(answer.status, 200);
});
