import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EXCEL_MAX_CELL_CHARS,
  EXCEL_TRUNCATION_MARKER,
  SheetNames,
  clipUtf16,
  displayText,
  excelText,
  jsonForScript,
  redactEmails,
  safeHttpsUrl,
  stripXmlInvalid,
} from '../../src/render/sanitize.js';

const XML_INVALID =
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

describe('sanitize', () => {
  it('strips exactly the code points XML 1.0 cannot carry', () => {
    expect(stripXmlInvalid('a\u0000b\u0001c\u000bd\u000ce\u001ff\ufffeg\uffffh')).toBe('abcdefgh');
    expect(stripXmlInvalid('tab\tlf\ncr\r')).toBe('tab\tlf\ncr\r');
    expect(stripXmlInvalid('lone \ud800 high, lone \udc00 low, pair 😀')).toBe('lone  high, lone  low, pair 😀');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), (s) => !XML_INVALID.test(stripXmlInvalid(s))));
  });

  it('makes Excel cells: ≤ 32,767 characters with a marker, ≤ 253 line feeds, never half a surrogate pair', () => {
    const long = excelText('x'.repeat(100_000));
    expect(long.length).toBe(EXCEL_MAX_CELL_CHARS);
    expect(long.endsWith(EXCEL_TRUNCATION_MARKER)).toBe(true);
    expect(excelText('a\n'.repeat(400)).split('\n').length - 1).toBe(253);
    expect(excelText('=HYPERLINK("http://x","y")')).toBe('=HYPERLINK("http://x","y")');
    const emoji = excelText('😀'.repeat(20_000));
    expect(emoji.length).toBeLessThanOrEqual(EXCEL_MAX_CELL_CHARS);
    expect(XML_INVALID.test(emoji)).toBe(false);
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40_000 }), (s) => {
        const out = excelText(s);
        return out.length <= EXCEL_MAX_CELL_CHARS && !XML_INVALID.test(out) && (out.match(/\n/g) ?? []).length <= 253;
      }),
      { numRuns: 200 },
    );
  });

  it('clips without splitting surrogate pairs', () => {
    expect(clipUtf16('ab😀', 3)).toBe('ab');
    expect(clipUtf16('ab😀', 4)).toBe('ab😀');
  });

  it('flattens display text and drops bidi overrides', () => {
    expect(displayText('a\u202eb\nc\u2028d\ufffe', 50)).toBe('ab c d');
    expect(displayText('x'.repeat(500), 10)).toBe('x'.repeat(9) + '…');
    expect(displayText(null)).toBe('');
  });

  it('produces valid, unique Excel sheet names', () => {
    const names = new SheetNames();
    const got = [
      names.take('Guests'),
      names.take('guests'),
      names.take('Guests: partner/tenant [x] with a very long name here'),
      names.take("'quoted'"),
      names.take('History'),
      names.take(''),
      names.take('a*b?c:d\\e/f[g]h'),
    ];
    expect(got[0]).toBe('Guests');
    expect(got[1]).toBe('guests (2)');
    for (const n of got) {
      expect(n.length).toBeGreaterThan(0);
      expect(n.length).toBeLessThanOrEqual(31);
      expect(n).not.toMatch(/[[\]:*?/\\]/);
      expect(n).not.toMatch(/^'|'$/);
      expect(n.toLowerCase()).not.toBe('history');
    }
    expect(new Set(got.map((n) => n.toLowerCase())).size).toBe(got.length);
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'binary', maxLength: 60 }), { maxLength: 30 }), (wanted) => {
        const s = new SheetNames();
        const taken = wanted.map((w) => s.take(w));
        return (
          new Set(taken.map((t) => t.toLowerCase())).size === taken.length &&
          taken.every((t) => t.length >= 1 && t.length <= 31 && !/[[\]:*?/\\]/.test(t) && !/^'|'$/.test(t) && t.toLowerCase() !== 'history')
        );
      }),
    );
  });

  it('embeds JSON in a script block without a way out, and it round-trips', () => {
    const value = { a: '</script><script>alert(1)</script><!-- & \u2028\u2029 >' };
    const text = jsonForScript(value);
    expect(text).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(text)).toEqual(value);
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        const t = jsonForScript(v);
        return !/[<>&\u2028\u2029]/.test(t) && JSON.stringify(JSON.parse(t)) === JSON.stringify(v);
      }),
    );
  });

  it('lets only https URLs become links', () => {
    expect(safeHttpsUrl('https://learn.microsoft.com/x')).toBe('https://learn.microsoft.com/x');
    for (const bad of [
      'javascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      ' javascript:alert(1)',
      'http://x.example',
      'data:text/html,x',
      '//x.example',
      'https://user:pw@x.example',
      'jav&#x61;script:x',
      '',
      null,
      undefined,
    ]) {
      expect(safeHttpsUrl(bad as string)).toBeUndefined();
    }
  });

  it('redacts email addresses and UPNs', () => {
    expect(redactEmails('Guest a.b@contoso.com and x_y#EXT#@fabrikam.onmicrosoft.com left')).toBe('Guest [redacted] and [redacted] left');
  });
});
