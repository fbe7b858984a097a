// Real DPAs from ../shared/corpus-real (not copied into the project): nothing crashes and ids look like ids.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../src/input/decode.js';
import { extractPlainText } from '../../src/extract/text.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import type { SegmentedDocument } from '../../src/model.js';
import { SHARED_REAL } from '../normalize/pipeline.js';

const files = existsSync(SHARED_REAL) ? readdirSync(SHARED_REAL).filter((f) => /\.(md|txt)$/.test(f) && f !== 'SOURCES.md').sort() : [];

function run(file: string): SegmentedDocument {
  const text = decodeText(readFileSync(SHARED_REAL + file));
  return segment(normalize(extractPlainText(text, file.endsWith('.md') ? 'markdown' : 'text')));
}

const ID = /^(\d{1,2}(\.\d{1,2})*(\.[a-z]{1,4})*|[A-Z](\.\d{1,2})?|(Bilag|Annex|Appendix|Appendiks|Schedule|Exhibit|Attachment|Underbilag|Anlage) [\dA-Z.]+(\.\d{1,2})?)$/;

describe.skipIf(files.length === 0)('real documents from ../shared/corpus-real', () => {
  it.each(files)('%s segments without error into well-formed units', (file) => {
    const doc = run(file);
    const text = doc.norm.text;
    expect(doc.clauses.length).toBeGreaterThan(0);
    let last = -1;
    for (const c of doc.clauses) {
      if (c.id !== null) expect(c.id, `${file}: ${c.kind} ${c.id}`).toMatch(ID);
      else expect(['front', 'section']).toContain(c.kind);
      expect(c.start).toBeGreaterThanOrEqual(last);
      last = c.start;
      expect(c.start <= c.bodyStart && c.bodyStart <= c.end && c.end <= text.length).toBe(true);
      if (c.kind === 'litra') expect(c.parent).not.toBeNull();
      if (c.kind === 'annex-section') expect(c.parent).toBe(c.id!.split('.')[0]);
    }
    for (const b of doc.norm.blocks) expect(text.slice(b.start, b.end)).toBe(b.text);
    // Every letter points at the same letter in the original.
    const source = decodeText(readFileSync(SHARED_REAL + file)).split('\n');
    for (let i = 0; i < text.length; i += 7) {
      if (!/\p{L}/u.test(text[i]!)) continue;
      const p = doc.norm.positionAt(i);
      const line = source[p.line - 1] ?? '';
      // A decomposed letter (a + combining ring) is composed by NFC and points at its base letter.
      const original = line.slice(p.column - 1).match(/^\P{M}\p{M}*/u)?.[0].normalize('NFC');
      expect(original, `${file} offset ${i}`).toBe(text[i]);
    }
  });

  const has = (f: string) => files.includes(f);

  it.skipIf(!has('klerk-dpa-en.md'))('English: "1. Definitions" … "14." as sections, "2.1." as clauses', () => {
    const doc = run('klerk-dpa-en.md');
    expect(doc.clauses.filter((c) => c.kind === 'section').map((c) => c.id)).toEqual(Array.from({ length: 14 }, (_, k) => String(k + 1)));
    expect(doc.clauses.find((c) => c.id === '1')!.title).toBe('Definitions');
    expect(doc.clauses.map((c) => c.id)).toEqual(expect.arrayContaining(['2.1', '2.2', '3.6', '4.4', '7.2', '10.2']));
  });

  it.skipIf(!has('aabenforms-databehandleraftale-da.md'))('Markdown with bold annex-section lead-ins: "A.5 Varighed: …"', () => {
    const doc = run('aabenforms-databehandleraftale-da.md');
    const a5 = doc.clauses.find((c) => c.id === 'A.5')!;
    expect(a5.title).toBe('Varighed');
    expect(a5.text.startsWith('Så længe hovedaftalen løber')).toBe(true);
    expect(doc.clauses.filter((c) => c.kind === 'annex').map((c) => c.id)).toEqual(['A', 'B', 'C', 'D']);
    expect(doc.clauses.filter((c) => c.kind === 'section' && c.id !== null).map((c) => c.id)).toEqual(Array.from({ length: 13 }, (_, k) => String(k + 1)));
  });

  it.skipIf(!has('operia-dca-bilag-abcd-da.md'))('annexes only: A.1–A.5, B.1–B.2, C.1–C.8, D.1–D.4', () => {
    const doc = run('operia-dca-bilag-abcd-da.md');
    expect(doc.clauses.filter((c) => c.kind === 'annex-section').map((c) => c.id)).toEqual([
      'A.1', 'A.2', 'A.3', 'A.4', 'A.5', 'B.1', 'B.2', 'C.1', 'C.2', 'C.3', 'C.4', 'C.5', 'C.6', 'C.7', 'C.8', 'D.1', 'D.2', 'D.3', 'D.4',
    ]);
  });

  it.skipIf(!has('journalklar-dpa-da.txt'))('plain text with upper-case headings "1. BAGGRUND OG FORMÅL"', () => {
    const doc = run('journalklar-dpa-da.txt');
    expect(doc.clauses.filter((c) => c.kind === 'section').map((c) => c.id)).toEqual(Array.from({ length: 12 }, (_, k) => String(k + 1)));
    expect(doc.clauses.find((c) => c.id === '5')!.title).toBe('DEN DATAANSVARLIGES INSTRUKS');
  });

  it.skipIf(!has('deranged-fixanalytics-vilkaar-dpa-da.md'))('a Markdown contents list of links is kept out of the clauses', () => {
    const doc = run('deranged-fixanalytics-vilkaar-dpa-da.md');
    expect(doc.tocSpans.length).toBe(1);
    const toc = doc.norm.text.slice(doc.tocSpans[0]!.start, doc.tocSpans[0]!.end);
    expect(toc.startsWith('Indhold')).toBe(true);
    expect(toc).toContain('Bilag 2: Privatlivspolitik');
  });

  it('segments every document fast', () => {
    for (const file of files) {
      const text = decodeText(readFileSync(SHARED_REAL + file));
      const extracted = extractPlainText(text, file.endsWith('.md') ? 'markdown' : 'text');
      const times: number[] = [];
      for (let k = 0; k < 8; k++) {
        const before = process.cpuUsage();
        segment(normalize(extracted));
        const used = process.cpuUsage(before);
        times.push((used.user + used.system) / 1000);
      }
      expect(Math.min(...times), file).toBeLessThan(60);
    }
  });
});
