import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  HOSTILE,
  SKIP_BROWSER,
  evaluateSnapshot,
  hostileResult,
  htmlReport,
  realisticSnapshot,
  tempDir,
} from './support.js';

// The HTML report in real headless Chromium (Debian's /usr/bin/chromium). Outside CI a machine without Chromium
// skips these; under CI=true they run and fail loudly instead (.ci/run installs Chromium).

interface Loaded {
  page: Page;
  errors: string[];
  requests: string[];
  dialogs: string[];
}

describe.skipIf(SKIP_BROWSER)('HTML report in Chromium', { tags: ['slow'] }, () => {
  let browser: Browser;
  const dir = tempDir('gatehouse-browser-');

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Open a report from file://, recording console errors and warnings, page errors, every request and dialog. */
  async function open(html: string, name: string): Promise<Loaded> {
    const file = join(dir, name);
    writeFileSync(file, html);
    const url = pathToFileURL(file).href;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    const requests: string[] = [];
    const dialogs: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error' || m.type() === 'warning') errors.push(`${m.type()}: ${m.text()}`);
    });
    page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    // Every request is recorded; anything but the report itself is aborted, so nothing can leave the machine.
    await context.route('**/*', (route) => {
      const u = route.request().url();
      requests.push(u);
      return u === url ? route.continue() : route.abort();
    });
    await page.goto(url, { waitUntil: 'load' });
    return { page, errors, requests: requests.filter((u) => u !== url), dialogs };
  }

  const { snapshot } = realisticSnapshot();
  const result = evaluateSnapshot(snapshot);

  it('loads from file:// with no console errors and zero network requests', async () => {
    const { page, errors, requests, dialogs } = await open(htmlReport(result, snapshot), 'report.html');
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    expect(dialogs).toEqual([]);
    // The hashed script ran (CSP allowed it): the filter counter is filled in.
    await expect.poll(() => page.locator('#finding-count').textContent()).toBe(`Showing all ${result.findings.length} findings.`);
    expect(await page.evaluate(() => document.documentElement.classList.contains('js'))).toBe(true);
    await page.context().close();
  });

  it('applies a --brand-color accent under the CSP: headings darkened to readable, the cover band as given', async () => {
    const { page, errors } = await open(
      htmlReport(result, snapshot, { brandColor: '#ffee00', cover: { client: 'Fabrikam AG', preparedBy: 'Northwind' } }),
      'accent.html',
    );
    // A refused style element would be a console error (CSP violation) and leave the default navy.
    expect(errors).toEqual([]);
    const colours = await page.evaluate(() => ({
      band: getComputedStyle(document.querySelector('header.masthead')!).borderTopColor,
      h1: getComputedStyle(document.querySelector('h1')!).color,
      h2: getComputedStyle(document.querySelector('h2')!).color,
    }));
    // #ffee00 is 1.2:1 on white: the band keeps it, text gets the shade that reaches 4.5:1 (accent.ts).
    expect(colours).toEqual({ band: 'rgb(255, 238, 0)', h1: 'rgb(127, 119, 0)', h2: 'rgb(127, 119, 0)' });
    expect(await page.locator('.cover-client').textContent()).toBe('Prepared for Fabrikam AG');
    await page.context().close();
  });

  it('filters findings by text and severity', async () => {
    const { page, errors } = await open(htmlReport(result, snapshot), 'filter.html');
    const cards = page.locator('article.rule-card');
    const total = await cards.count();
    expect(total).toBeGreaterThan(2);
    const visible = () => page.locator('article.rule-card:visible').count();
    expect(await visible()).toBe(total);

    // Search for one failing rule's id: only its card(s) stay.
    const target = result.rules.find((r) => r.status === 'fail')!;
    await page.fill('#finding-search', target.id);
    const expectedCards = new Set(result.findings.filter((f) => f.ruleId === target.id).map((f) => f.severity)).size;
    await expect.poll(visible).toBe(expectedCards);
    for (const text of await page.locator('article.rule-card:visible h4').allTextContents()) expect(text).toBe(target.title);
    const ruleFindings = result.findings.filter((f) => f.ruleId === target.id).length;
    await expect
      .poll(() => page.locator('#finding-count').textContent())
      .toBe(`Showing ${ruleFindings} of ${result.findings.length} findings.`);

    // A search that matches nothing shows the "no match" note.
    await page.fill('#finding-search', 'zzz-no-such-thing-zzz');
    await expect.poll(visible).toBe(0);
    expect(await page.locator('#no-match').isVisible()).toBe(true);

    // Severity checkboxes hide whole groups.
    await page.click('#filter-reset');
    await expect.poll(visible).toBe(total);
    const severities = [...new Set(result.findings.filter((f) => f.status === 'fail').map((f) => f.severity))];
    const sev = severities[0]!;
    await page.uncheck(`input[data-sev-filter="${sev}"]`);
    const remaining = await visible();
    expect(remaining).toBeLessThan(total);
    expect(await page.locator(`[data-group="${sev}"]`).isVisible()).toBe(false);
    await page.check(`input[data-sev-filter="${sev}"]`);
    await expect.poll(visible).toBe(total);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits phones and desktops: no horizontal scroll at 360–430 px or 1440 px, no body text below 11 px', async () => {
    const html = htmlReport(result, snapshot);
    const { page, errors } = await open(html, 'widths.html');
    for (const width of [360, 390, 430, 1440]) {
      await page.setViewportSize({ width, height: 900 });
      const measured = await page.evaluate(() => {
        const overflowing: string[] = [];
        const small: string[] = [];
        for (const el of Array.from(document.querySelectorAll<HTMLElement>('body *'))) {
          if (el.closest('svg') || el.getClientRects().length === 0) continue;
          // A table too wide for the page scrolls inside its own frame; anything else must fit the viewport.
          if (!el.closest('.table-wrap') && el.getBoundingClientRect().right > window.innerWidth + 0.5)
            overflowing.push(`${el.tagName}.${el.className}`);
          const ownText = Array.from(el.childNodes).some((n) => n.nodeType === Node.TEXT_NODE && (n.textContent ?? '').trim() !== '');
          if (ownText && parseFloat(getComputedStyle(el).fontSize) < 11)
            small.push(`${el.tagName}.${el.className} ${getComputedStyle(el).fontSize}`);
        }
        return {
          scrollWidth: document.documentElement.scrollWidth,
          overflowing: overflowing.slice(0, 10),
          small: [...new Set(small)].slice(0, 10),
        };
      });
      expect(measured.scrollWidth, `document width at ${width} px`).toBeLessThanOrEqual(width);
      expect(measured.overflowing, `wider than ${width} px`).toEqual([]);
      expect(measured.small, `text below 11 px at ${width} px`).toEqual([]);
    }
    // Every table header says what it heads.
    expect(await page.locator('th:not([scope])').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('search finds a finding the page does not list, and says where it is', async () => {
    const { page, errors } = await open(htmlReport(result, snapshot, { rowsPerRule: 2 }), 'search.html');
    const byRule = new Map<string, typeof result.findings>();
    for (const f of result.findings) byRule.set(f.ruleId, [...(byRule.get(f.ruleId) ?? []), f]);
    const [, list] = [...byRule.entries()].find(([, l]) => l.length > 3 && new Set(l.map((f) => f.severity)).size === 1)!;
    const listed = await page.locator('article.rule-card td.name bdi').allTextContents();
    const hidden = list.find((f) => f.resource.displayName && !listed.includes(f.resource.displayName))!;
    await page.fill('#finding-search', hidden.resource.id);
    await expect.poll(() => page.locator('.more-matches:visible').count()).toBe(1);
    expect(await page.locator('.more-matches:visible').textContent()).toBe(
      '1 more matching object is not listed on this page; report.xlsx lists every one (sheet Findings).',
    );
    await expect.poll(() => page.locator('#finding-count').textContent()).toBe(`Showing 1 of ${result.findings.length} findings.`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('prints to PDF on A4 and Letter, with collapsed sections expanded', async () => {
    const { page, errors } = await open(htmlReport(result, snapshot), 'print.html');
    const fix = page.locator('article.rule-card details .fix-body').first();
    expect(await fix.isVisible()).toBe(false); // collapsed on screen
    await page.emulateMedia({ media: 'print' });
    expect(await fix.isVisible()).toBe(true); // expanded in print by CSS alone
    expect(await page.locator('.filters').isVisible()).toBe(false);
    expect(await page.locator('nav.toc').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    for (const [format, width, height] of [
      ['A4', 595.92, 842.88],
      ['Letter', 612, 792],
    ] as const) {
      const pdf = await page.pdf({ format, printBackground: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      const text = pdf.toString('latin1');
      const pages = (text.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
      expect(pages, format).toBeGreaterThan(3);
      const box = /\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/.exec(text)!;
      expect(Math.abs(Number(box[1]) - width)).toBeLessThan(1);
      expect(Math.abs(Number(box[2]) - height)).toBeLessThan(1);
      writeFileSync(join(dir, `report-${format}.pdf`), pdf);
    }
    expect(errors).toEqual([]);
    await page.context().close();
  });

  describe('hostile strings', () => {
    const { snapshot: hs, result: hr, rules } = hostileResult();
    const html = htmlReport(hr, hs, { rules, title: `${HOSTILE.dq}${HOSTILE.script}`, brandName: HOSTILE.img });

    /** Everything a payload could have turned into: event handlers, scripts, javascript: links, foreign elements. */
    async function expectInert(loaded: Loaded): Promise<void> {
      const { page } = loaded;
      // Give any handler every chance to fire: hover, focus, and fire load/error on every element.
      await page.evaluate(() => {
        for (const el of Array.from(document.querySelectorAll('*'))) {
          for (const type of ['mouseover', 'focus', 'load', 'error', 'click']) {
            if (type === 'click' && (el.tagName === 'A' || el.tagName === 'BUTTON' || el.tagName === 'INPUT' || el.tagName === 'SUMMARY'))
              continue;
            el.dispatchEvent(new Event(type));
          }
        }
      });
      await page.mouse.move(300, 300);
      await page.waitForTimeout(200);
      const dom = await page.evaluate(() => ({
        pwned: (window as unknown as { __pwned?: unknown }).__pwned,
        handlers: Array.from(document.querySelectorAll('*')).flatMap((el) =>
          Array.from(el.attributes)
            .filter((a) => a.name.toLowerCase().startsWith('on'))
            .map((a) => `${el.tagName}.${a.name}`),
        ),
        scripts: document.scripts.length,
        jsLinks: document.querySelectorAll('[href^="javascript:" i], [src^="javascript:" i]').length,
        images: Array.from(document.images).map((i) => i.src.slice(0, 30)),
        svgs: Array.from(document.querySelectorAll('svg')).filter((s) => !s.closest('figure.chart')).length,
      }));
      expect(dom.pwned).toBeUndefined();
      expect(dom.handlers).toEqual([]);
      expect(dom.scripts).toBe(2);
      expect(dom.jsLinks).toBe(0);
      expect(dom.images).toEqual([]);
      expect(dom.svgs).toBe(0);
      expect(loaded.dialogs).toEqual([]);
      expect(loaded.requests).toEqual([]);
    }

    it('the canary works: the same payloads, unescaped, do run (control)', async () => {
      const loaded = await open(`<!DOCTYPE html><html><body><p>${HOSTILE.script}</p><p>${HOSTILE.img}</p></body></html>`, 'control.html');
      await expect.poll(() => loaded.page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBe(1);
      await expect.poll(() => loaded.dialogs.length).toBeGreaterThan(0);
      await loaded.page.context().close();
    });

    it('run no script: canary unset, no dialog, no console error, no request', async () => {
      const loaded = await open(html, 'hostile.html');
      await expectInert(loaded);
      expect(loaded.errors).toEqual([]);
      // The strings are shown as text.
      const body = await loaded.page.locator('body').innerText();
      expect(body).toContain('<script>window.__pwned=1;alert(1)</script>');
      expect(body).toContain('=HYPERLINK("http://x.example","y")');
      expect(body).toContain('👩‍💻🔥 Zoë & “quotes”');
      // Searching for a payload works and stays inert.
      await loaded.page.fill('#finding-search', '</script>');
      await expect.poll(() => loaded.page.locator('article.rule-card:visible').count()).toBeGreaterThan(0);
      await expectInert(loaded);
      await loaded.page.context().close();
    });

    it('stay inert even without the Content-Security-Policy (escaping alone holds)', async () => {
      const withoutCsp = html.replace(/<meta http-equiv="Content-Security-Policy" content="[^"]*">/, '');
      expect(withoutCsp).not.toContain('Content-Security-Policy');
      const loaded = await open(withoutCsp, 'hostile-no-csp.html');
      await expectInert(loaded);
      expect(loaded.errors).toEqual([]);
      await loaded.page.context().close();
    });
  });
});
