// A template clause's canonical text as tokens: fixed words, slot wildcards, and the choice option that fits the document.
import type { TemplatePart } from '../template/types.js';
import { bagOverlap, bagOf, tokenize, type StemLanguage } from './tokens.js';

export interface TemplateToken {
  text: string;
  key: string;
  /** Set on the wildcard standing for a fill-in slot. */
  slot?: string;
}

export const SLOT_KEY_PREFIX = '\u0000slot:';

/** Which option to take at the n-th choice of a clause; the default guesses from the document's words. */
export type Chooser = (options: string[], n: number) => number;

export function templateTokens(parts: TemplatePart[], language: StemLanguage, docBag: Map<string, number>, chooser?: Chooser): TemplateToken[] {
  const out: TemplateToken[] = [];
  let n = 0;
  for (const part of parts) {
    if (part.type === 'text') {
      for (const t of tokenize(part.text, language)) out.push({ text: t.text, key: t.key });
    } else if (part.type === 'slot') {
      out.push({ text: `{{${part.name}}}`, key: SLOT_KEY_PREFIX + part.name, slot: part.name });
    } else {
      const pick = chooser?.(part.options, n++);
      out.push(...(pick === undefined || pick < 0 ? bestOption(part.options, language, docBag) : optionTokens(part.options[pick]!, language)));
    }
  }
  return out;
}

// The option sharing most words with the document is the one it chose; ties go to the first (template order).
function bestOption(options: string[], language: StemLanguage, docBag: Map<string, number>): TemplateToken[] {
  let best: TemplateToken[] = [];
  let bestScore = -1;
  for (const option of options) {
    const tokens = optionTokens(option, language);
    const score = bagOverlap(bagOf(tokens.map((t) => t.key)), docBag) - tokens.length * 0.01;
    if (score > bestScore) {
      best = tokens;
      bestScore = score;
    }
  }
  return best;
}

export function fixedKeys(tokens: TemplateToken[]): string[] {
  return tokens.filter((t) => !t.slot).map((t) => t.key);
}

function optionTokens(option: string, language: StemLanguage): TemplateToken[] {
  return tokenize(option, language).map((t) => ({ text: t.text, key: t.key }));
}

export function choiceCount(parts: TemplatePart[]): number[] {
  return parts.filter((p) => p.type === 'choice').map((p) => (p.type === 'choice' ? p.options.length : 0));
}
