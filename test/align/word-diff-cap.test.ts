// The word-level comparison has an edit budget (MAX_EDIT_LENGTH): beyond it a clause is reported as rewritten instead of
// compared word by word. Without it, a DPA whose text sits in one 1-2 MB paragraph took ~45 s (every template clause was
// compared with the whole paragraph, and then all of them at once).
import { describe, expect, it } from 'vitest';
import { diffClause, MAX_EDIT_LENGTH } from '../../src/align/word-diff.js';
import { tokenize } from '../../src/align/tokens.js';
import type { TemplateToken } from '../../src/align/template-tokens.js';
import { lintText } from '../../src/engine/lint.js';
import { projectRoot } from '../../scripts/fuzz-lib.js';
import { oneParagraphDpa } from '../../scripts/synthetic.js';

const root = projectRoot(import.meta.dirname);

const template = (s: string): TemplateToken[] => tokenize(s, 'da').map((t) => ({ text: t.text, key: t.key }));

describe('diffClause edit budget', () => {
  const clause = 'Databehandleren underretter uden unødig forsinkelse den dataansvarlige efter at være blevet opmærksom på et brud';

  it('compares word by word within the budget', () => {
    const text = clause.replace('uden unødig forsinkelse', 'senest 48 timer');
    const d = diffClause(template(clause), tokenize(text, 'da'), text);
    expect(d.rewritten).toBeUndefined();
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ kind: 'replaced', before: 'uden unødig forsinkelse', after: 'senest 48 timer', reason: 'changed number' });
    expect(d.matched).toBe(template(clause).length - 3);
  });

  it('reports a clause against a 1.5 MB paragraph as rewritten, at once, quoting only its start', () => {
    const text = `${clause} `.repeat(12_000);
    const doc = tokenize(text, 'da');
    expect(doc.length - template(clause).length).toBeGreaterThan(MAX_EDIT_LENGTH);
    const t0 = performance.now();
    const d = diffClause(template(clause), doc, text);
    expect(performance.now() - t0).toBeLessThan(1_000);
    expect(d.rewritten).toBe(true);
    expect(d.matched).toBe(0);
    expect(d.matchedAt.every((m) => !m)).toBe(true);
    expect(d.changes).toHaveLength(1);
    expect(d.changes[0]).toMatchObject({ kind: 'replaced', substantive: true, reason: 'rewritten', before: clause, start: 0, end: text.length - 1 });
    expect(d.changes[0]!.after.split(' ').length).toBeLessThanOrEqual(41);
    expect(d.redline.length).toBeLessThan(1_000);
  });

  it('gives up on two long, unrelated texts once the budget is spent (same length, so no shortcut)', () => {
    const words = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`).join(' ');
    const a = words('alfa', 1_500);
    const b = words('beta', 1_500);
    const t0 = performance.now();
    const d = diffClause(template(a), tokenize(b, 'da'), b);
    expect(performance.now() - t0).toBeLessThan(3_000);
    expect(d.rewritten).toBe(true);
    // Within the budget the same kind of pair is still compared (900 + 900 edits).
    const c = words('gamma', 900);
    const within = diffClause(template(a.split(' ').slice(0, 900).join(' ')), tokenize(c, 'da'), c);
    expect(within.rewritten).toBeUndefined();
    expect(within.changes[0]).toMatchObject({ kind: 'replaced', reason: 'rewritten' });
  });
});

describe('a DPA written as one huge paragraph', () => {
  it('is linted in seconds: the clauses merged into it are found and reported as rewritten', async () => {
    // The title block, then "1.1." followed by the whole DPA on one line, repeated to 1.2 MB.
    const text = oneParagraphDpa(root, 1.2 * 1024 * 1024);
    const t0 = performance.now();
    const r = await lintText(text, { path: 'one-paragraph.txt', timeoutMs: 0 });
    const ms = performance.now() - t0;
    console.log(`1.2 MB paragraph: ${Math.round(ms)} ms`);
    // ~3 s here; 46 s before.
    expect(ms).toBeLessThan(25_000);
    expect(r.error).toBeNull();
    const modified = r.clauses.filter((c) => c.status === 'modified');
    expect(modified.length).toBeGreaterThan(40);
    expect(r.findings.some((f) => f.ruleId === 'clause-modified' && /rewritten/.test(f.message))).toBe(true);
  }, 60_000);
});
