import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURE_GLOSSARY, tempDir, unspin } from './run.js';

/** Debian's chromium (installed by .ci/run); without it this file skips and says why. */
const CHROMIUM = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p): p is string => !!p && existsSync(p));
if (!CHROMIUM) console.warn('report-html.browser.test: skipped, no Chromium at /usr/bin/chromium (apt-get install -y chromium, or set CHROMIUM_PATH)');

const ARTIFACTS = fileURLToPath(new URL('../../test-artifacts/', import.meta.url));
const SPUN = 'Keeping in mind the end goal to win, the renegade gathering met the restriction. In the interim, nothing.\n';
const MILD = `In the interim, the council met. ${'The budget and the roads and the schools were discussed at length. '.repeat(3)}\n`;
const HOSTILE_NAME = '"><img src=x onerror="window.pwned=3">.txt';
const HOSTILE = `<script>window.pwned=1</script> The renegade gathering met.\n"><img src=x onerror="window.pwned=2"> </style><b>bold?</b>\u202eevil\n`;

describe.skipIf(!CHROMIUM)('html report in headless Chromium', () => {
  let browser: Browser;
  const dir = tempDir();
  const report = join(dir, 'report.html');
  const consoleLines: string[] = [];

  beforeAll(async () => {
    mkdirSync(join(dir, 'in'));
    writeFileSync(join(dir, 'in', 'a-clean.txt'), 'The rebel group met in order to talk.\n');
    writeFileSync(join(dir, 'in', 'b-mild.txt'), MILD);
    writeFileSync(join(dir, 'in', 'c-spun.txt'), SPUN);
    writeFileSync(join(dir, 'in', HOSTILE_NAME), HOSTILE);
    const r = unspin(['check', '-g', FIXTURE_GLOSSARY, '--no-config', '--format', 'html', '-o', report, join(dir, 'in')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(1);
    browser = await chromium.launch({ executablePath: CHROMIUM!, args: ['--no-sandbox'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open() {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    page.on('console', (m) => consoleLines.push(m.text()));
    page.on('pageerror', (e) => consoleLines.push(String(e)));
    await page.goto(pathToFileURL(report).href);
    return page;
  }

  it('shows the ranking, most spun first, with verdicts', async () => {
    const page = await open();
    const rows = await page.locator('table.ranking tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].slice(0, 3).map((td) => td.textContent)));
    expect(rows).toEqual([
      ['1', join(dir, 'in', 'c-spun.txt'), 'spun'],
      ['2', join(dir, 'in', HOSTILE_NAME), 'suspicious'],
      ['3', join(dir, 'in', 'b-mild.txt'), 'suspicious'],
      ['4', join(dir, 'in', 'a-clean.txt'), 'clean'],
    ]);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report-html.png'), fullPage: true });
  });

  it('highlights the flagged spans and shows the repair on focus', async () => {
    const page = await open();
    const own = await page.locator('mark').evaluateAll((ms) => ms.map((m) => [...m.childNodes].filter((n) => n.nodeType === 3).map((n) => n.textContent).join('')));
    // Documents in ranking order: c-spun, the hostile name, b-mild.
    expect(own).toEqual(['Keeping in mind the end goal to', 'renegade gathering', 'restriction', 'In the interim', 'renegade gathering', 'In the interim']);
    const mark = page.locator('section.doc mark').nth(1);
    const tip = mark.locator('.tip');
    expect(await tip.isVisible()).toBe(false);
    await mark.focus();
    expect(await tip.isVisible()).toBe(true);
    expect(await tip.textContent()).toContain('→ “rebel group”');
    expect(await page.locator('mark.sev-error').first().evaluate((m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('runs no script from the documents and shows their markup as text', async () => {
    const page = await open();
    expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
    expect(await page.locator('script, img, section.doc b').count()).toBe(0);
    const text = await page.locator('main').textContent();
    expect(text).toContain('<script>window.pwned=1</script>');
    expect(text).toContain('"><img src=x onerror="window.pwned=2"> </style><b>bold?</b><U+202E>evil');
    expect(text).toContain(HOSTILE_NAME);
    // Escaping held, so the CSP never had to refuse anything.
    expect(consoleLines.filter((l) => /Content Security Policy|pwned/i.test(l))).toEqual([]);
  });

  it('filters by verdict and by rule without script', async () => {
    const page = await open();
    const visibleRows = () => page.locator('table.ranking tbody tr:visible').count();
    expect(await visibleRows()).toBe(4);
    await page.locator('label', { has: page.locator('#fv-spun') }).click();
    expect(await visibleRows()).toBe(1);
    expect(await page.locator('section.doc:visible').count()).toBe(1);
    await page.locator('label', { has: page.locator('#fv-all') }).click();
    await page.locator('label', { hasText: 'review-fixture/in-order-to' }).click();
    expect(await page.locator('table.ranking tbody tr:visible td.path').allTextContents()).toEqual([join(dir, 'in', 'c-spun.txt')]);
    // Within the document, only that rule's findings stay listed.
    expect(await page.locator('tr.finding:visible').allTextContents()).toEqual([expect.stringContaining('Keeping in mind the end goal to')]);
  });
});
