/**
 * The HTML report and the served page in a real browser: Debian's chromium driven by playwright-core.
 * Skipped when /usr/bin/chromium is absent, unless CI=true, where its absence is a failure.
 */
import { describe, it, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve, dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { compare, format, type Comparison } from '../../src/index.js';
import { startServe } from '../server/helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'bin', 'storydiff.js');
const examplePath = (f: string) => join(root, 'examples', 'harbor-fire', f);
const artifacts = join(root, 'test-artifacts');

const missing = existsSync(CHROMIUM) ? null : `${CHROMIUM} is not installed (apt-get install chromium)`;

/** False (and the test skipped) when chromium is missing outside CI; a failure when it is missing in CI. */
function haveChromium(t: { skip(message?: string): void }): boolean {
  if (!missing) return true;
  if (process.env.CI === 'true') assert.fail(`${missing}; CI=true requires the browser tests to run`);
  t.skip(missing);
  return false;
}

interface Watched {
  page: Page;
  context: BrowserContext;
  /** every request the page attempted */
  requests: string[];
  /** console errors, CSP violations included */
  errors: string[];
}

/** A page in a fresh context whose requests are all recorded, and all refused but those `allowed` accepts. */
async function watchedPage(browser: Browser, allowed: (url: string) => boolean, colorScheme: 'light' | 'dark' = 'light'): Promise<Watched> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 860 }, colorScheme });
  const requests: string[] = [];
  const errors: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    requests.push(url);
    return allowed(url) ? route.continue() : route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { page, context, requests, errors };
}

/** Runs the command line from the repository root (so the report names examples/… relatively). */
function cli(args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', cwd: root });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('HTML report in a browser', () => {
  let browser: Browser | undefined;
  let dir: string;

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'storydiff-browser-'));
    mkdirSync(artifacts, { recursive: true });
    // playwright gives every launch a fresh temporary user-data-dir and removes it on close
    if (!missing) browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  });
  after(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('shows the example\'s counts, highlights a finding on both sides, steps with n and p, and loads nothing', async (t) => {
    if (!haveChromium(t)) return;
    const file = join(dir, 'harbor-fire.html');
    const example = ['examples/harbor-fire/base.txt', 'examples/harbor-fire/revised.txt'];
    const made = cli(['compare', ...example, '--format', 'html', '--out', file, '--fail-on', 'none']);
    assert.equal(made.code, 0, made.err);
    const json = cli(['compare', ...example, '--format', 'json', '--fail-on', 'none']);
    const result = JSON.parse(json.out) as Comparison;
    assert.ok(result.findings.length >= 2, 'the example has findings to step through');
    const url = pathToFileURL(file).href;
    const w = await watchedPage(browser!, (u) => u === url);
    const { page } = w;
    await page.goto(url);

    for (const s of ['material', 'notable', 'minor'] as const) {
      assert.equal(await page.locator(`[data-scope="0"][data-count="${s}"]`).textContent(), String(result.summary[s]), s);
      assert.equal(await page.locator(`[data-scope="all"][data-count="${s}"]`).textContent(), String(result.summary[s]), s);
    }
    assert.equal(await page.locator('button.finding').count(), result.findings.length);

    // a finding with words on both sides: both columns get highlighted
    const both = result.findings.findIndex((f) => f.base && f.revised);
    assert.ok(both >= 0);
    await page.click(`button[data-finding="0-${both}"]`);
    assert.ok((await page.locator('td.b .fs.hl').count()) > 0, 'base side highlighted');
    assert.ok((await page.locator('td.r .fs.hl').count()) > 0, 'revised side highlighted');
    const baseText = (await page.locator('td.b .fs.hl').allTextContents()).join('');
    const revisedText = (await page.locator('td.r .fs.hl').allTextContents()).join('');
    assert.ok(baseText.includes(result.findings[both]!.base!.text) || result.findings[both]!.base!.text.includes(baseText));
    assert.ok(revisedText.includes(result.findings[both]!.revised!.text) || result.findings[both]!.revised!.text.includes(revisedText));
    assert.equal(await page.getAttribute(`button[data-finding="0-${both}"]`, 'aria-current'), 'true');
    assert.match((await page.locator('#status').textContent())!, new RegExp(`^Finding ${both + 1} of ${result.findings.length}: ${result.findings[both]!.severity}`));
    // the README's screenshot (docs/report.png) is this one
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(artifacts, 'report-example.png') });

    const currentId = () => page.locator('button.finding[aria-current="true"]').getAttribute('data-finding');
    await page.keyboard.press('n');
    assert.equal(await currentId(), `0-${(both + 1) % result.findings.length}`);
    assert.equal(await page.evaluate(() => document.activeElement?.getAttribute('data-finding')), `0-${(both + 1) % result.findings.length}`, 'focus follows');
    await page.keyboard.press('p');
    assert.equal(await currentId(), `0-${both}`);
    await page.keyboard.press('p');
    assert.equal(await currentId(), `0-${(both - 1 + result.findings.length) % result.findings.length}`);
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('.hl').count(), 0);

    // filters: hiding a check hides its findings, and n skips them
    const check = result.findings[0]!.check;
    await page.uncheck(`input[data-check="${check}"]`);
    const hidden = result.findings.filter((f) => f.check === check).length;
    assert.equal(await page.locator('li.fi:not([hidden])').count(), result.findings.length - hidden);
    await page.locator('main').focus();
    await page.keyboard.press('n');
    const first = result.findings.findIndex((f) => f.check !== check);
    assert.equal(await currentId(), `0-${first}`);
    await page.check(`input[data-check="${check}"]`);

    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(artifacts, 'report-example-print.png'), fullPage: true });
    await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
    await page.screenshot({ path: join(artifacts, 'report-example-dark.png') });

    assert.deepEqual(w.requests, [url], 'no request but the file itself');
    assert.deepEqual(w.errors, [], 'no console errors (CSP violations would show here)');
    await w.context.close();
  });

  it('shows hostile text literally and never runs it', async (t) => {
    if (!haveChromium(t)) return;
    const base =
      'Fire at the <script>window.__pwned=1</script> Warehouse\n\n' +
      'A fire broke out on Tuesday at a warehouse, forcing the evacuation of 40 homes. <img src=x onerror="window.__pwned=1"> was seen.\n' +
      'The mayor said the road would reopen on Thursday.\n';
    const revised =
      'Fire at the <script>window.__pwned=1</script> Warehouse\n\n' +
      'A fire broke out on Wednesday at a warehouse, forcing the evacuation of 50 homes. <img src=x onerror="window.__pwned=1"> was seen.\n' +
      'Click <a href="javascript:window.__pwned=1">x</a> for more.\n';
    const c = compare(base, revised);
    assert.ok(c.findings.length > 0);
    const file = join(dir, 'hostile.html');
    writeFileSync(file, format('html', [c], { texts: [{ base, revised, baseName: '<img src=x onerror="window.__pwned=1">', revisedName: '<script>window.__pwned=1</script>' }] }));
    const url = pathToFileURL(file).href;
    const w = await watchedPage(browser!, (u) => u === url);
    const { page } = w;
    await page.goto(url);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    const buttons = page.locator('button.finding');
    const n = await buttons.count();
    assert.equal(n, c.findings.length);
    for (let i = 0; i < n; i++) await buttons.nth(i).click();
    for (const span of await page.locator('.fs').all()) await span.click();
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
    assert.equal(await page.locator('table.diff img, table.diff script, table.diff a').count(), 0);
    assert.equal(await page.locator('script').count(), 2, 'only the data block and the page\'s own script');
    const baseColumn = (await page.locator('td.b').allInnerTexts()).join('\n');
    const revisedColumn = (await page.locator('td.r').allInnerTexts()).join('\n');
    assert.ok(baseColumn.includes('<script>window.__pwned=1</script>'));
    assert.ok(baseColumn.includes('<img src=x onerror="window.__pwned=1">'));
    assert.ok(revisedColumn.includes('<a href="javascript:window.__pwned=1">x</a>'));
    assert.ok((await page.title()).includes('<script>window.__pwned=1</script>'));
    await page.screenshot({ path: join(artifacts, 'report-hostile.png'), fullPage: true });
    assert.deepEqual(w.requests, [url], 'no request but the file itself');
    assert.deepEqual(w.errors, []);
    await w.context.close();
  });

  it('runs a comparison through the form of `storydiff serve`', async (t) => {
    if (!haveChromium(t)) return;
    const s = await startServe();
    try {
      const origin = new URL(s.url).origin;
      const w = await watchedPage(browser!, (u) => new URL(u).origin === origin);
      const { page } = w;
      await page.goto(s.url);
      assert.equal(await page.title(), 'storydiff');
      // the base text is loaded from a file, read in the page; the revised text is typed
      await page.setInputFiles('#base-file', examplePath('base.txt'));
      const base = readFileSync(examplePath('base.txt'), 'utf8');
      const revised = readFileSync(examplePath('revised.txt'), 'utf8');
      await page.waitForFunction((expected) => (document.getElementById('base') as HTMLTextAreaElement).value === expected, base);
      await page.fill('#revised', revised);
      await page.selectOption('#profile', 'faithful');
      await page.screenshot({ path: join(artifacts, 'serve-form.png') });
      await Promise.all([page.waitForURL(`${origin}/report`), page.click('button[type=submit]')]);
      const expected = compare(base, revised, { profile: 'faithful' });
      for (const sev of ['material', 'notable', 'minor'] as const) {
        assert.equal(await page.locator(`[data-scope="0"][data-count="${sev}"]`).textContent(), String(expected.summary[sev]), sev);
      }
      assert.equal(await page.locator('.profile').first().textContent(), 'faithful');
      await page.locator('button.finding').first().click();
      assert.ok((await page.locator('.fs.hl').count()) > 0);
      await page.screenshot({ path: join(artifacts, 'serve-report.png') });
      assert.ok(w.requests.every((u) => new URL(u).origin === origin), w.requests.join(' '));
      assert.deepEqual(w.errors, []);
      await w.context.close();
    } finally {
      const r = await s.stop();
      assert.equal(r.code, 0, r.err);
    }
  });
});
