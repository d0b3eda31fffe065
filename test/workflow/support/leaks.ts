import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as XLSX from 'xlsx';
import type { Snapshot } from '../../../src/snapshot/snapshot.types.js';

/**
 * Personal values of a snapshot that redaction must remove: every guest's display name, UPN, mail, other mails,
 * sign-in identifier, the address's local part, and the display names of sponsors and app owners.
 * Values shorter than 5 characters are left out: as substrings they would match unrelated text.
 */
export function personalValues(s: Snapshot): string[] {
  const out = new Set<string>();
  const add = (v: string | null | undefined) => {
    if (typeof v === 'string' && v.trim().length >= 5) out.add(v);
  };
  for (const g of s.data.guests ?? []) {
    add(g.displayName);
    add(g.userPrincipalName);
    for (const m of [g.mail, ...(g.otherMails ?? [])]) {
      add(m);
      if (m?.includes('@')) add(m.slice(0, m.lastIndexOf('@')));
    }
    for (const id of g.identities ?? []) add(id.issuerAssignedId);
    for (const sp of g.sponsors ?? []) add(sp.displayName);
  }
  for (const app of s.data.appOwnership ?? []) for (const o of app.owners ?? []) add(o.displayName);
  return [...out];
}

/** The forms a value takes in JSON, HTML, XML and Markdown output. */
function variants(v: string): string[] {
  const html = v
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#x27;')
    .replace(/`/g, '&#x60;')
    .replace(/=/g, '&#x3D;');
  const xml = v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
  // Worksheet cells escape only what element content needs: quotes stay as they are.
  const cell = v.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const md = v.replace(/[\\`*_{}[\]()#+\-.!|<>&~]/g, (c) => `\\${c}`);
  return [...new Set([v, JSON.stringify(v).slice(1, -1), html, xml, cell, md].map((x) => x.toLowerCase()))];
}

/** The readable bytes of a file: an XLSX (zip) is unpacked and every part decoded. */
function readableParts(file: string): Array<{ part: string; text: string }> {
  const bytes = readFileSync(file);
  if (file.endsWith('.xlsx')) {
    const zip = XLSX.CFB.read(bytes, { type: 'buffer' }) as unknown as {
      FileIndex: Array<{ type: number; name: string; content?: Uint8Array }>;
      FullPaths: string[];
    };
    return zip.FileIndex.map((e, i) => ({ e, path: zip.FullPaths[i] ?? e.name }))
      .filter(({ e }) => e.type === 2 && e.content && e.content.length)
      .map(({ e, path }) => ({ part: `${file}!${path}`, text: Buffer.from(e.content as Uint8Array).toString('utf8') }));
  }
  return [{ part: file, text: bytes.toString('utf8') }];
}

export function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

/** Every (value, file) pair where an original value survives in some output, in any of its encodings. */
export function findLeaks(values: readonly string[], files: readonly string[], extraTexts: Record<string, string> = {}): string[] {
  const leaks: string[] = [];
  const haystacks = [...files.flatMap(readableParts), ...Object.entries(extraTexts).map(([part, text]) => ({ part, text }))].map((h) => ({
    part: h.part,
    text: h.text.toLowerCase(),
  }));
  for (const v of values) {
    const forms = variants(v);
    for (const h of haystacks) if (forms.some((f) => h.text.includes(f))) leaks.push(`${JSON.stringify(v)} in ${h.part}`);
  }
  return leaks;
}
