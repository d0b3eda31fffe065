import fc from 'fast-check';
import { SaxesParser } from 'saxes';
import { describe, expect, it } from 'vitest';
import { cellXmlText } from '../../src/render/xlsx-package.js';
import { excelText } from '../../src/render/sanitize.js';

// A cell's text as the direct writer puts it in a worksheet: read back by a real XML parser (saxes, not ours), it must
// be exactly the text Excel is given (excelText of the value) — whatever the tenant wrote.

/** The text of `<t>…</t>` as an XML parser reads it. */
function parsedText(content: string): string {
  const parser = new SaxesParser();
  let text = '';
  parser.on('text', (t) => (text += t));
  parser.write(`<t>${content}</t>`).close();
  return text;
}

describe('cell text in a worksheet', () => {
  it('escapes what element content needs and leaves quotes as they are (evidence is JSON, full of them)', () => {
    const evidence = JSON.stringify({ domain: 'contoso.com', list: 'allow', pendingInvitation: false });
    expect(cellXmlText(evidence)).toBe(evidence);
    expect(cellXmlText(`a & b < c > d "e" 'f'`)).toBe(`a &amp; b &lt; c &gt; d "e" 'f'`);
    expect(cellXmlText(']]>')).toBe(']]&gt;');
    expect(parsedText(cellXmlText(evidence))).toBe(evidence);
  });

  it('reads back as the text Excel is given, for any string (control characters, surrogates, markup)', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.constantFrom('<t>&amp;</t>', '"\'<>&', '\u0000\uFFFE\uD800x')),
        (v) => {
          expect(parsedText(cellXmlText(v))).toBe(excelText(v));
        },
      ),
      { numRuns: 500 },
    );
  });
});
