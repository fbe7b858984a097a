// Real published DPAs from ../shared/corpus-real (not committed: they name real people). Every PDF and DOCX must
// extract without an error other than InputError, in reading order, without running headers and footers. Skipped
// when the corpus is absent. Assertions quote only company boilerplate, never a person's name or address.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diffArrays } from 'diff';
import { afterAll, describe, expect, it } from 'vitest';
import { extract } from '../../src/extract/index.js';
import { isInputError } from '../../src/input/errors.js';
import { normalize } from '../../src/normalize/index.js';
import type { ExtractedDocument } from '../../src/model.js';

const CORPUS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'corpus-real');
const present = existsSync(CORPUS);
const files = present ? readdirSync(CORPUS).filter((f) => /\.(pdf|docx)$/i.test(f)).sort() : [];

const cache = new Map<string, Promise<ExtractedDocument>>();
function load(name: string): Promise<ExtractedDocument> {
  let p = cache.get(name);
  if (!p) {
    p = extract(new Uint8Array(readFileSync(join(CORPUS, name))), name);
    cache.set(name, p);
  }
  return p;
}
const texts = async (name: string) => (await load(name)).lines.map((l) => l.text);

const timings: string[] = [];
afterAll(() => {
  if (timings.length) console.log(['file | pages | lines | notes | ms', ...timings].join('\n'));
});

describe.skipIf(!present)('corpus-real', () => {
  it.each(files)('%s extracts without error', async (name) => {
    const t0 = performance.now();
    try {
      const doc = await load(name);
      const ms = performance.now() - t0;
      timings.push(`${name} | ${doc.pages ?? '-'} | ${doc.lines.length} | ${doc.notes.length} | ${ms.toFixed(0)}`);
      expect(doc.lines.length).toBeGreaterThan(20);
      expect(doc.lines.every((l) => l.text.trim() !== '' && l.line >= 1)).toBe(true);
    } catch (error) {
      expect(isInputError(error), String(error)).toBe(true);
    }
  });

  it('drops page numbers and running footers (easyleave, connectedcars, hetzner, sonichub, retool)', async () => {
    expect((await texts('easyleave-databehandleraftale-da.pdf')).filter((t) => /Side \d+ af 16/.test(t))).toEqual([]);
    expect((await texts('connectedcars-databehandleraftale-da.pdf')).filter((t) => /Side \d+ af 13/.test(t))).toEqual([]);
    expect((await texts('hetzner-avv-morpheus-de.pdf')).filter((t) => /Registergericht|^\d+ \/ 11$/.test(t))).toEqual([]);
    expect((await texts('sonichub-lexr-dpa-en.pdf')).filter((t) => /WWW\.LEXR\.COM|PAGE \d+ OF 14/.test(t))).toEqual([]);
    expect((await texts('retool-dpa-en.pdf')).filter((t) => /DocuSign Envelope ID/.test(t))).toEqual([]);
    const notes = (await load('easyleave-databehandleraftale-da.pdf')).notes.filter((n) => n.kind === 'header-footer');
    expect(notes.map((n) => n.text)).toContain('Side 5 af 16');
  });

  it('keeps an easyleave footnote as a footnote, without its reference mark in the clause', async () => {
    const doc = await load('easyleave-databehandleraftale-da.pdf');
    const footnote = doc.lines.find((l) => l.text.includes('Henvisninger til'))!;
    expect(footnote.kind).toBe('footnote');
    expect(doc.lines.some((l) => /medlemsstaternes1/.test(l.text))).toBe(false);
  });

  it('reads the two-column flintwood DPA column by column', async () => {
    const t = await texts('flintwood-dpa-en.pdf');
    const at = (s: string) => {
      const k = t.findIndex((x) => x.includes(s));
      expect(k, s).toBeGreaterThanOrEqual(0);
      return k;
    };
    const order = [
      'Controller deploys a read-only IAM role',
      'process is required. Access is revoked instantly.',
      'Scan findings and configuration snapshots',
      'all delivered reports.',
      'SECTION 5',
      'Encryption at rest',
      'Audit logging: All access',
      'Flintwood will notify Controller',
      'controls annually.',
    ].map(at);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    // No line mixes the two columns.
    expect(t.filter((x) => x.includes('Controller deploys') && x.includes('Scan findings'))).toEqual([]);
    const table = (await load('flintwood-dpa-en.pdf')).lines.filter((l) => l.kind === 'table-row' && l.cells![0] === 'S3 object contents');
    expect(table.map((l) => l.cells)).toEqual([['S3 object contents', 'Files, application data, backups, database dumps', 'NEVER']]);
  });

  it('gives the Shyware PDF and DOCX the same paragraphs', async () => {
    const key = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
    const paras = async (name: string) => normalize(await load(name)).blocks.map((b) => key(b.text));
    const a = await paras('shyware-dpa-en.pdf');
    const b = await paras('shyware-dpa-en.docx');
    let common = 0;
    for (const part of diffArrays(a, b)) if (!part.added && !part.removed) common += part.count ?? part.value.length;
    // The PDF clips two long URLs at the page edge; everything else, tables included, matches.
    expect((2 * common) / (a.length + b.length)).toBeGreaterThan(0.93);
  });

  it('reads the connectedcars sub-processor table with its five columns', async () => {
    const rows = (await load('connectedcars-databehandleraftale-da.pdf')).lines.filter((l) => l.kind === 'table-row' && l.page === 9);
    expect(rows[0]!.cells).toEqual(['NAVN', 'CVR', 'ADRESSE', 'Land', 'BESKRIVELSE AF BEHANDLING']);
    expect(rows.length).toBeGreaterThanOrEqual(5);
    expect(rows.every((r) => r.cells!.length === 5)).toBe(true);
  });
});
