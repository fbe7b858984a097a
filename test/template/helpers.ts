// A minimal SegmentedDocument for template tests: the real segmenter is another stage, and detection reads only
// the normalised text. Joins words hyphenated across line breaks and wrapped lines, as the normaliser does.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Block, SegmentedDocument } from '../../src/model.js';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const SHARED = join(ROOT, '..', 'shared');

export function segmentedFromText(raw: string): SegmentedDocument {
  const paragraphs = raw
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((p) =>
      p
        .replace(/(\p{Ll})-\s*\n\s*(\p{Ll})/gu, '$1$2')
        .replace(/\s*\n\s*/g, ' ')
        .trim(),
    )
    .filter((p) => p !== '');
  const blocks: Block[] = [];
  let text = '';
  for (const p of paragraphs) {
    if (text) text += '\n\n';
    blocks.push({ kind: 'paragraph', text: p, start: text.length, end: text.length + p.length });
    text += p;
  }
  return {
    norm: { text, blocks, removed: [], positionAt: () => ({ line: 1, column: 1, page: null }) },
    clauses: [],
    tocSpans: [],
  };
}

export function readDoc(path: string): SegmentedDocument {
  return segmentedFromText(readFileSync(path, 'utf8'));
}
