// Shared helpers for the normaliser and segmenter tests: run the text pipeline on a string or a seed file.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { decodeText } from '../../src/input/decode.js';
import { extractPlainText } from '../../src/extract/text.js';
import { normalize } from '../../src/normalize/index.js';
import { segment } from '../../src/segment/index.js';
import type { NormalizedDocument, SegmentedDocument } from '../../src/model.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SEEDS = `${ROOT}corpus/seeds/`;
export const SHARED_REAL = `${ROOT}../shared/corpus-real/`;

export function norm(text: string, format: 'text' | 'markdown' = 'text'): NormalizedDocument {
  return normalize(extractPlainText(text, format));
}

export function seg(text: string, format: 'text' | 'markdown' = 'text'): SegmentedDocument {
  return segment(norm(text, format));
}

export function readSeed(prefix: string): string {
  const name = SEED_FILES.find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`no seed ${prefix}`);
  return decodeText(readFileSync(SEEDS + name));
}

export const SEED_FILES = [
  '000_0dd348189ab538c3.txt',
  '001_e00652af3ed1b9bc.txt',
  '002_61eff82c15df988c.txt',
  '003_aa1192a22fa85dad.txt',
  '004_918041a7c424c53a.txt',
];

export function ids(doc: SegmentedDocument): Array<string | null> {
  return doc.clauses.map((c) => c.id);
}

export function clause(doc: SegmentedDocument, id: string) {
  const found = doc.clauses.filter((c) => c.id === id);
  if (found.length === 0) throw new Error(`no clause ${id}; have ${ids(doc).join(' ')}`);
  return found[0]!;
}

/** The original character at a source position (1-based line/column; form feeds split pages but not lines). */
export function charAt(source: string, line: number, column: number): string | undefined {
  let lines = splitCache.get(source);
  if (!lines) {
    lines = source.replace(/\r\n?/g, '\n').split('\n');
    splitCache.set(source, lines);
  }
  return lines[line - 1]?.[column - 1];
}

const splitCache = new Map<string, string[]>();
