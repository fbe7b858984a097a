// Finding regular expressions with super-linear backtracking: collect every expression of src/ and rules/ (literals
// and RegExp constructions from string literals, read from the TypeScript AST, plus every expression the pipeline
// actually executes on the seeds, recorded by wrapping RegExp.prototype.exec), then time each against long runs of
// near-matches. A run of n units that takes more than a few milliseconds is re-timed at 4n: a linear expression takes
// ~4x as long, a quadratic one ~16x; only a growth well above linear counts.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

export interface FoundRegex {
  re: RegExp;
  /** "src/normalize/furniture.ts:10", or "executed" when seen only at run time. */
  where: string;
}

function tsFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) tsFiles(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Regex literals, `new RegExp('…', '…')` and the lexicons' `re('…')` with string-literal arguments. */
export function collectStaticRegexes(root: string, dirs = ['src', 'rules']): FoundRegex[] {
  const out: FoundRegex[] = [];
  for (const file of dirs.flatMap((d) => tsFiles(join(root, d)))) {
    const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => `${relative(root, file)}:${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`;
    const add = (source: string, flags: string, n: ts.Node) => {
      try {
        out.push({ re: new RegExp(source, flags), where: where(n) });
      } catch {
        // not a complete expression on its own (a fragment joined with others at run time)
      }
    };
    const literal = (n: ts.Node | undefined): string | null =>
      n && (ts.isStringLiteral(n) || ts.isNoSubstitutionTemplateLiteral(n)) ? n.text : null;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const m = /^\/(.*)\/([a-z]*)$/s.exec(n.getText(sf))!;
        add(m[1]!, m[2]!, n);
      } else if ((ts.isNewExpression(n) || ts.isCallExpression(n)) && ts.isIdentifier(n.expression)) {
        const name = n.expression.text;
        const source = literal(n.arguments?.[0]);
        if (source !== null && name === 'RegExp') add(source, literal(n.arguments?.[1]) ?? '', n);
        // lexicon-da.ts / lexicon-en.ts: const re = (source) => new RegExp(source, 'iu')
        if (source !== null && name === 're' && /lexicon/.test(file)) add(source, 'iu', n);
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return out;
}

/** Run `fn` while recording every RegExp executed (String.prototype.match/replace/split/matchAll and test go through exec). */
export async function recordExecutedRegexes(fn: () => Promise<void>): Promise<RegExp[]> {
  const seen = new Map<string, RegExp>();
  const original = RegExp.prototype.exec;
  RegExp.prototype.exec = function (this: RegExp, s: string) {
    const key = `/${this.source}/${this.flags}`;
    if (!seen.has(key)) seen.set(key, new RegExp(this.source, this.flags));
    return original.call(this, s);
  };
  try {
    await fn();
  } finally {
    RegExp.prototype.exec = original;
  }
  return [...seen.values()];
}

/** Merge by source and flags; the static location wins. */
export function mergeRegexes(statics: FoundRegex[], executed: RegExp[]): FoundRegex[] {
  const byKey = new Map<string, FoundRegex>();
  for (const f of statics) {
    const key = `/${f.re.source}/${f.re.flags}`;
    const prev = byKey.get(key);
    byKey.set(key, prev ? { re: prev.re, where: `${prev.where}, ${f.where}` } : f);
  }
  for (const re of executed) {
    const key = `/${re.source}/${re.flags}`;
    if (!byKey.has(key)) byKey.set(key, { re, where: 'executed (built at run time)' });
  }
  return [...byKey.values()];
}

// Single characters of every class the expressions use, and short near-matches of the document syntax.
export const PROBE_UNITS = [
  ' ', '\t', '\n', '\u00a0', 'a', 'A', 'x', 'æ', 'Æ', '1', '0', '.', ',', ';', ':', '[', ']', '(', ')', '{', '}', '_', '-', '–',
  '/', '\\', '|', '"', '”', "'", '*', '#', '>', '<', '$', '§', '…', '•', '@', '%', '&', '+', '=', '?', '!',
  '1.', 'a.', '. ', 'a ', '1 ', ', ', 'a)', '(a)', '1.1.', '1.1 ', 'Art. ', ' og ', 'Bilag A.', 'A.1 ', ' \n', '\n\n', 'ab', 'a1',
  '24 ', 'i ', 'of ', '. a', 'aB', 'a-', '-\n', '| a ', '[a', '${', '{{', '<<', '__ ', 'CVR ', 'Side 1 af ', 'stk. ', 'jf. ',
];
const SUFFIXES = ['', '\u0000', '!', '\n', 'a'];

export interface ProbeHit {
  where: string;
  source: string;
  unit: string;
  suffix: string;
  ms: number;
  ms4: number;
}

function timeOnce(re: RegExp, s: string): number {
  re.lastIndex = 0;
  const t0 = performance.now();
  if (re.global || re.sticky) {
    let k = 0;
    for (const _ of s.matchAll(re.global ? re : new RegExp(re.source, re.flags + 'g'))) if (++k > 200_000) break;
  } else {
    re.exec(s);
  }
  return performance.now() - t0;
}

/**
 * The worst super-linear case of `re` on runs of `n` characters of each unit, or null. Suspicious above `floorMs` at n,
 * confirmed when 4n takes more than `ratio` times as long and over `confirmMs`.
 */
export function probeRegex(found: FoundRegex, n = 2000, floorMs = 1, ratio = 7, confirmMs = 15): ProbeHit | null {
  for (const unit of PROBE_UNITS) {
    const run = unit.repeat(Math.ceil(n / unit.length));
    const run4 = unit.repeat(Math.ceil((4 * n) / unit.length));
    for (const suffix of SUFFIXES) {
      const ms = timeOnce(found.re, run + suffix);
      if (ms < floorMs) continue;
      // Warm up once more and take the faster of two at n, to keep JIT and GC noise out of the ratio.
      const base = Math.min(ms, timeOnce(found.re, run + suffix));
      if (base < floorMs) continue;
      let ms4 = timeOnce(found.re, run4 + suffix);
      if (ms4 <= confirmMs || ms4 <= ratio * base) continue;
      // Confirm once more: a garbage-collection pause must not pass for super-linear growth.
      ms4 = Math.min(ms4, timeOnce(found.re, run4 + suffix));
      if (ms4 > confirmMs && ms4 > ratio * base) {
        return { where: found.where, source: found.re.source, unit, suffix, ms: Math.round(base), ms4: Math.round(ms4) };
      }
    }
  }
  return null;
}
