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
