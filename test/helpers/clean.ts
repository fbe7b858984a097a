// The clean, fully filled-in DPA on the 2020 template and small, checked edits of it for rule tests.
import { readFileSync } from 'node:fs';

export const CLEAN = readFileSync('fixtures/clean/clean-dpa.txt', 'utf8');
export const CLEAN_NESTED = readFileSync('fixtures/clean/clean-dpa-nested.txt', 'utf8');

/** Replace text that must occur in the document (a test that edits nothing would prove nothing). */
export function edit(text: string, find: string | RegExp, replace: string): string {
  const found = typeof find === 'string' ? text.includes(find) : find.test(text);
  if (!found) throw new Error(`edit: ${String(find)} not found`);
  return text.replace(find, replace);
}

/** Remove the paragraph that starts with a label (up to the next blank line). */
export function dropParagraph(text: string, label: string): string {
  const re = new RegExp(`(^|\\n)${label.replace(/\./g, '\\.')} [^\\n]*(?:\\n(?!\\n)[^\\n]*)*\\n?`);
  return edit(text, re, '$1');
}

/**
 * The clean DPA as terms of service carry it: the standard clauses without their numbers, each section under a
 * Markdown heading, inside "Bilag 1: Databehandleraftale", with the template's annexes as "Bilag 1.A" … "Bilag 1.D".
 */
export function unnumberedInTerms(clean: string = CLEAN): string {
  const lines = clean.split('\n');
  const bodyStart = lines.findIndex((l, i) => i > 40 && l.startsWith('2. Præambel'));
  const annexStart = lines.findIndex((l) => l.startsWith('Bilag A. '));
  const body = lines.slice(bodyStart, annexStart).map((l) => {
    const section = /^\d{1,2}\.\s+(\S.*)$/.exec(l);
    if (section && !/^\d{1,2}\.\d/.test(l)) return `### ${section[1]}`;
    return l.replace(/^\d{1,2}\.\d{1,2}\.\s+/, '');
  });
  const annexes = lines.slice(annexStart).map((l) => l.replace(/^Bilag ([A-D])\. (.*)$/, '## Bilag 1.$1: $2'));
  return [
    '# Vilkår for brug af Testtjenesten',
    '',
    '## Accept af vilkår',
    '',
    'Ved at oprette en konto accepterer kunden disse vilkår og databehandleraftalen i bilag 1.',
    '',
    '## Bilag 1: Databehandleraftale',
    '',
    ...body,
    ...annexes,
  ].join('\n');
}
