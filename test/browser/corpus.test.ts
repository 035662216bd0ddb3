/**
 * The corpus pages of `storydiff serve --db` and the HTML timeline of `storydiff log` in a real
 * browser (Debian's chromium through playwright-core). Skipped without /usr/bin/chromium, unless
 * CI=true, where its absence is a failure.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { startServe } from '../server/helpers.js';
import { cli, fixture, root, tempDir } from '../corpus/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const artifacts = join(root, 'test-artifacts');
const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (apt-get install chromium)`;

function haveChromium(t: { skip(message?: string): void }): boolean {
  if (!missing) return true;
  if (process.env.CI === 'true') assert.fail(`${missing}; CI=true requires the browser tests to run`);
  t.skip(missing);
  return false;
}

/** Whether the hostile fixture's handlers or scripts ran, and what the page loaded. */
async function inert(page: Page): Promise<void> {
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  assert.notEqual(await page.title(), 'pwned');
}

describe('corpus pages in a browser', () => {
  let browser: Browser | undefined;
  let dir: string;
  let db: string;

  before(async () => {
    dir = tempDir();
    db = join(dir, 'browser.db');
    mkdirSync(artifacts, { recursive: true });
    assert.equal(cli(['ingest', fixture('pages', 'harbor-fire-v1.html'), fixture('pages', 'xss.html'), fixture('folder'), '--db', db]).code, 0);
    assert.equal(cli(['ingest', fixture('pages', 'harbor-fire-v2.html'), '--db', db]).code, 0);
    if (!missing) browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('browses outlets, articles and a timeline, and compares two chosen versions', async (t) => {
    if (!haveChromium(t)) return;
    const s = await startServe(['--db', db]);
    try {
      const origin = new URL(s.url).origin;
      const context = await browser!.newContext({ viewport: { width: 1280, height: 900 } });
      const requests: string[] = [];
      const errors: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(new URL('/corpus/', s.url).href);
      assert.equal(await page.locator('h1').textContent(), 'Corpus');
      await page.getByRole('link', { name: 'Harbor Gazette' }).first().click();
      assert.match((await page.locator('h1').textContent())!, /^Articles of Harbor Gazette$/);
      await page.getByRole('link', { name: /^Harbor Warehouse Fire Was Arson/ }).click();
      assert.match(page.url(), /\/corpus\/articles\/1$/);
      assert.equal(await page.locator('section.change').count(), 1);
      assert.match((await page.locator('section.change').textContent())!, /7 material, 7 notable/);
      await page.screenshot({ path: join(artifacts, 'corpus-timeline.png'), fullPage: true });
      // pick the versions (already v1 and v2) and compare: the side-by-side report
      await page.getByRole('button', { name: 'Compare' }).click();
      await page.waitForURL(/\/corpus\/compare\?a=\d+&b=\d+&profile=revision$/);
      assert.ok((await page.locator('button.finding').count()) >= 6);
      await page.locator('button.finding').first().click();
      assert.ok((await page.locator('.fs.hl').count()) > 0, 'the report script runs under its own policy');
      // search from the navigation
      await page.goto(new URL('/corpus/', s.url).href);
      await page.fill('#nav-q', 'farmers');
      await page.keyboard.press('Enter');
      await page.waitForURL(/q=farmers/);
      assert.deepEqual(await page.locator('tbody tr td:first-child').allTextContents(), ['Farmers market moves indoors']);
      assert.ok(requests.every((u) => new URL(u).origin === origin), requests.join('\n'));
      assert.deepEqual(errors, []);
      await context.close();
    } finally {
      const r = await s.stop();
      assert.equal(r.code, 0, r.err);
    }
  });

  it('an article whose title and text carry script tags and event handlers renders inert on every page', async (t) => {
    if (!haveChromium(t)) return;
    const s = await startServe(['--db', db]);
    try {
      const origin = new URL(s.url).origin;
      const context = await browser!.newContext();
      const requests: string[] = [];
      const errors: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return new URL(route.request().url()).origin === origin ? route.continue() : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      page.on('pageerror', (e) => errors.push(String(e)));
      const title = 'Council vote <script>window.__pwned=1;alert(1)</script><img src=x onerror="window.__pwned=2">';
      const visit = async (path: string) => {
        await page.goto(new URL(path, s.url).href);
        await inert(page);
        for (const el of await page.locator('main a, main td, main li, main h1, main pre').all()) await el.hover().catch(() => undefined);
        await inert(page);
        // the one drawing allowed is a story's derivation forest: an inline svg of shapes and text only
        assert.equal(await page.locator('script, img, iframe, svg script, svg foreignObject, svg image, svg use').count(), 0, `${path}: no script, image, frame or active svg element`);
        if (!path.startsWith('/corpus/stories/')) assert.equal(await page.locator('svg').count(), 0, `${path}: no svg`);
      };
      await visit('/corpus/');
      assert.ok((await page.locator('main').innerText()).includes(title));
      // its story, with the derivation forest drawn
      const story = await page.locator('a[href^="/corpus/stories/"]', { hasText: /^Council vote/ }).first().getAttribute('href');
      await visit(story!);
      assert.ok((await page.locator('main svg').count()) >= 1, 'the story page draws its forest');
      assert.ok((await page.locator('main').innerText()).includes(title));
      await page.screenshot({ path: join(artifacts, 'corpus-story.png'), fullPage: true });
      await visit('/corpus/');
      const href = await page.locator('a[href^="/corpus/articles/"]', { hasText: /^Council vote/ }).first().getAttribute('href');
      await visit(href!);
      assert.equal(await page.locator('h1').innerText(), title);
      assert.ok((await page.title()).startsWith('Council vote <script>'));
      const version = await page.locator('ol li a').first().getAttribute('href');
      await visit(version!);
      const text = await page.locator('pre.text').innerText();
      assert.ok(text.includes('<img src=x onerror="window.__pwned=3"> was in the text'));
      assert.ok(text.includes('<a href="javascript:window.__pwned=4">click</a>'));
      await visit('/corpus/articles?q=' + encodeURIComponent('<script>alert(1)</script>'));
      assert.ok((await page.locator('#q').inputValue()).includes('<script>'));
      await visit('/corpus/articles?q=council');
      await page.screenshot({ path: join(artifacts, 'corpus-hostile.png'), fullPage: true });
      assert.equal(dialogs, 0);
      assert.ok(requests.every((u) => new URL(u).origin === origin), requests.join('\n'));
      assert.deepEqual(errors, [], 'no console errors (a blocked script would show a CSP violation here)');
      await context.close();
    } finally {
      await s.stop();
    }
  });

  it('the HTML timeline of `storydiff log` is inert and loads nothing', async (t) => {
    if (!haveChromium(t)) return;
    const file = join(dir, 'xss-timeline.html');
    assert.equal(cli(['log', 'https://harbor.example/news/council-xss', '--db', db, '--format', 'html', '--out', file]).code, 0);
    const harbor = join(dir, 'harbor-timeline.html');
    assert.equal(cli(['log', 'https://harbor.example/news/harbor-fire', '--db', db, '--format', 'html', '--out', harbor]).code, 0);
    for (const f of [file, harbor]) {
      const url = pathToFileURL(f).href;
      const context = await browser!.newContext();
      const requests: string[] = [];
      await context.route('**/*', (route) => {
        requests.push(route.request().url());
        return route.request().url() === url ? route.continue() : route.abort('blockedbyclient');
      });
      const page = await context.newPage();
      await page.goto(url);
      await inert(page);
      for (const d of await page.locator('details').all()) await d.locator('summary').click();
      await inert(page);
      assert.equal(await page.locator('script, img, svg').count(), 0);
      if (f === harbor) {
        assert.match((await page.locator('section.change').innerText()), /number-changed/);
        await page.screenshot({ path: join(artifacts, 'log-timeline.png'), fullPage: true });
      } else assert.ok((await page.locator('h1').innerText()).includes('<script>'));
      assert.deepEqual(requests, [url]);
      await context.close();
    }
  });
});
