// Regular expressions against adversarial input.
//
// 1. Every expression of every stage and rule (literals and RegExp constructions in src/ and rules/, plus every
//    expression the pipeline executes on the seeds) is timed on long runs of near-matches; none may grow faster than
//    linearly (helpers/regex-probe.ts). Expressions that only ever see a bounded string are listed with the reason.
// 2. 1 MB of repeated near-matches appended to a clean DPA: each rule alone (as runRule in test/helpers/rule-tester.ts
//    does: analyze, then runRules with that one rule) must finish in under 1 s, and the whole lint of a 1 MB
//    adversarial text is timed. Runs in a child process on the built engine with a hard time limit.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, runRules } from '../../src/engine/lint.js';
import { resolveRuleSettings } from '../../src/engine/settings.js';
import { loadRules } from '../../rules/index.js';
import { projectRoot } from '../../scripts/fuzz-lib.js';
import { distUrl, runNodeSnippet } from './helpers/child.js';
import { collectStaticRegexes, mergeRegexes, probeRegex, recordExecutedRegexes, type FoundRegex, type ProbeHit } from './helpers/regex-probe.js';

const root = projectRoot(import.meta.dirname);

/**
 * Super-linear on unbounded input, but applied only to a string of bounded length at the place named. Each entry was
 * checked by reading the call site; a change there must come back here. Keyed on the file and the expression's text,
 * not a line number, so that edits elsewhere in the file leave the list valid; each entry must match exactly one
 * expression of its file, so that a copy of the expression elsewhere in that file is not exempted unread.
 */
const BOUNDED: { file: string; re: RegExp; why: string }[] = [
  { file: 'src/checklist/sentences.ts', re: /([A-Za-zÀ-ÖØ-öø-ɏ./]+)$/u, why: 'runs on segText.slice(idx - 12, idx): at most 12 characters' },
  { file: 'src/fields/view.ts', re: /([A-Za-zÀ-ÖØ-öø-ɏ.]+|\d+(?:\.\d+)*)$/u, why: 'runs on text.slice(m.index - 12, m.index): at most 12 characters' },
  { file: 'src/fields/breach.ts', re: /\s+$/, why: 'runs on the UNITLESS_RE match plus 6 characters; UNITLESS_RE has only bounded repetitions' },
  { file: 'src/fields/subprocessor-list.ts', re: /[.\s]+$/, why: 'runs on FOREIGN_REG_RE group 1, at most ~90 characters' },
  { file: 'rules/annex-overrides-clauses.ts', re: /[ \t]*(?:og|samt|&)[ \t]*/g, why: 'runs on DISAPPLY_RE group 1 (LIST: at most 7 numbers and joiners)' },
  { file: 'rules/annex-overrides-clauses.ts', re: /[ \t]*,[ \t]*/g, why: 'runs on DISAPPLY_RE group 1 (LIST: at most 7 numbers and joiners)' },
];
/** "src/fields/breach.ts /\s+$/": a location ("file:line") without its line, and the expression as written. */
const key = (where: string, re: RegExp) => `${where.replace(/:\d+$/, '')} ${String(re)}`;
const boundedKeys = new Set(BOUNDED.map((b) => key(b.file, b.re)));

describe('every regular expression of the pipeline and the rules', () => {
  let all: FoundRegex[];
  let statics: FoundRegex[];
  let executed: RegExp[];

  beforeAll(async () => {
    statics = collectStaticRegexes(root);
    const rules = resolveRuleSettings(await loadRules(), {});
    const seeds = readdirSync(join(root, 'corpus/seeds')).map((f) => join(root, 'corpus/seeds', f));
    const texts = [...seeds, join(root, 'fixtures/clean/clean-dpa.txt')].map((p) => readFileSync(p));
    executed = await recordExecutedRegexes(async () => {
      for (const bytes of texts) runRules(await analyze(new Uint8Array(bytes), 'seed.txt'), rules);
      // Markdown and HTML take their own paths through extraction.
      runRules(await analyze(new TextEncoder().encode('# DPA\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n1. **Punkt** [link](x)\n'), 'x.md'), rules);
      runRules(await analyze(new TextEncoder().encode('<html><body><h1>DPA</h1><p>7.3 Tekst</p><table><tr><td>a</td></tr></table></body></html>'), 'x.html'), rules);
    });
    all = mergeRegexes(statics, executed);
  }, 60_000);

  it('collects the expressions (literals, constructions and the ones executed on the seeds)', () => {
    expect(statics.length).toBeGreaterThan(400);
    expect(executed.length).toBeGreaterThan(100);
    // The same expression written in two places is probed once.
    expect(all.length).toBeGreaterThanOrEqual(new Set(statics.map((f) => `/${f.re.source}/${f.re.flags}`)).size);
  });

  it('has no expression that backtracks super-linearly on long runs of near-matches', () => {
    const hits: ProbeHit[] = [];
    for (const f of all) {
      const hit = probeRegex(f);
      if (hit && !hit.where.split(', ').every((w) => boundedKeys.has(key(w, f.re)))) hits.push(hit);
    }
    const report = hits.map((h) => `${h.where}  /${h.source.slice(0, 90)}/  on ${JSON.stringify(h.unit)}×n+${JSON.stringify(h.suffix)}: ${h.ms} ms at n=2000, ${h.ms4} ms at 4n`);
    expect(report, report.join('\n')).toEqual([]);
  }, 120_000);

  it('lists only bounded expressions that still exist, each at one place', () => {
    for (const k of boundedKeys) {
      const places = statics.filter((s) => key(s.where, s.re) === k).map((s) => s.where);
      expect(places, `${k} must occur exactly once in its file (gone, or copied: check the call sites, update BOUNDED)`).toHaveLength(1);
    }
  });
});

// ------------------------------------------------------------------------------------------------ 1 MB documents

const MB = 1024 * 1024;
// Long runs of characters the expressions repeat over: letters (one long word), dots, blanks, underscores, brackets,
// digits, table pipes. Each appears twice: as a line of its own and followed by " slut." (a line that ends a sentence
// reaches the patterns that look back from the end of a line).
const CHAR_UNITS = ['x', '.', ' \t', '_', '[', '1', '|', 'æ'];
// Phrases the rules and field extractors look for, repeated without ever completing a match.
const PHRASE_UNITS = [
  'Bestemmelse 1.1 og ', 'punkt 7.3, ', 'afsnit 10.2., litra ', 'Bilag A.', 'senest 24 ', 'inden for 48 ', 'CVR 1234567 ',
  '30 dages varsel ', 'Art. ', '[TIDSPUNKT ', '${', '<<', 'a) ', '1.', 'FORHÅNDSVISNING ', 'Side 3 af ', 'databehand-',
  'ikke ', 'USA ', 'backup ', 'ISAE 3000 ', '§ ', 'pkt. ', 'stk. ', '…',
];
// Short lines: table rows, page furniture, list items, references, blanks to fill in, headings.
const LINE_UNITS = [
  '| Navn | CVR | Adresse |', 'Side 3 af 12', '- punkt', 'FORHÅNDSVISNING', 'Bestemmelse 9.2.a og 9.3 og C.6', '____ ____',
  'a) underpunkt', '(i) underpunkt', 'Underdatabehandler: Acme ApS, CVR 1234567', 'senest 24', 'Databehandleren skal ikke',
  '[NAVN]', '${navn}', 'Bilag', '• ', '1', '.',
];

function runsBlob(units: string[], size: number): string {
  const half = Math.floor(size / units.length / 2);
  const run = (u: string) => u.repeat(Math.ceil(half / u.length)).slice(0, half);
  return units.map((u) => `${run(u)}\n\n${run(u)} slut.`).join('\n\n');
}

function linesBlob(size: number): string {
  let s = '';
  for (let i = 0; s.length < size; i++) s += LINE_UNITS[i % LINE_UNITS.length] + (i % 7 === 6 ? '\n\n' : '\n');
  return s.slice(0, size);
}

/** The clean DPA with `blob` as further paragraphs of section 13 (where the parties' own terms go), so that the
 * template is detected, every rule runs, and the blob is part of the contract's body. */
function inClean(clean: string, blob: string): string {
  const at = clean.lastIndexOf('14. Ikrafttræden');
  return `${clean.slice(0, at)}${blob}\n\n${clean.slice(at)}`;
}

describe('1 MB of repeated near-matches', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'dpa-lint-regex-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('each rule alone finishes in under 1 s, and the whole lint of a 1 MB adversarial text is bounded', () => {
    const clean = readFileSync(join(root, 'fixtures/clean/clean-dpa.txt'), 'utf8');
    const files = { chars: join(dir, 'chars.txt'), phrases: join(dir, 'phrases.txt'), lines: join(dir, 'lines.txt') };
    writeFileSync(files.chars, inClean(clean, runsBlob(CHAR_UNITS, MB)));
    writeFileSync(files.phrases, inClean(clean, runsBlob(PHRASE_UNITS, MB)));
    // Short lines each become a block (and many a clause): 256 kB keeps this document's analysis to ~2 s; the cost
    // grows somewhat faster than linearly with the number of clauses (~8 s at 1 MB).
    writeFileSync(files.lines, inClean(clean, linesBlob(MB / 4)));
    const code = `
      import { readFileSync } from 'node:fs';
      const { analyze, runRules, lintBuffer } = await import(${JSON.stringify(distUrl(root, 'src/engine/lint.js'))});
      const { resolveRuleSettings } = await import(${JSON.stringify(distUrl(root, 'src/engine/settings.js'))});
      const { loadRules } = await import(${JSON.stringify(distUrl(root, 'rules/index.js'))});
      const rules = resolveRuleSettings(await loadRules(), {});
      const [chars, phrases, lines] = process.argv.slice(1);
      for (const [name, file] of [['chars', chars], ['phrases', phrases], ['lines', lines]]) {
        const bytes = new Uint8Array(readFileSync(file));
        let t = performance.now();
        const doc = await analyze(bytes, name + '.txt');
        const analyzeMs = Math.round(performance.now() - t);
        const perRule = {};
        for (const r of rules) {
          t = performance.now();
          runRules(doc, [r]);
          perRule[r.rule.meta.id] = Math.round(performance.now() - t);
        }
        console.log(JSON.stringify({ name, bytes: bytes.length, template: doc.template?.id ?? null, analyzeMs, perRule }));
      }
      const bytes = new Uint8Array(readFileSync(phrases));
      const t = performance.now();
      const r = await lintBuffer(bytes, 'phrases.txt');
      console.log(JSON.stringify({ name: 'whole', bytes: bytes.length, error: r.error, findings: r.findings.length, ms: Math.round(performance.now() - t) }));`;
    const r = runNodeSnippet(code, [files.chars, files.phrases, files.lines], 90_000);
    const progress = r.lines.map((l) => JSON.stringify(l)).join('\n');
    expect(r.signal, `killed after 90 s; finished so far:\n${progress}\n${r.stderr.slice(-2000)}`).toBeNull();
    expect(r.status, r.stderr.slice(-2000)).toBe(0);
    console.log(`1 MB adversarial documents:\n${progress}`);
    for (const name of ['chars', 'phrases', 'lines']) {
      const line = r.lines.find((l) => l.name === name)!;
      expect(line.template, `${name}: the clean DPA's template must still be detected`).toBe('datatilsynet-2020-da');
      const perRule = line.perRule as Record<string, number>;
      expect(Object.keys(perRule).length).toBeGreaterThanOrEqual(20);
      const slow = Object.entries(perRule).filter(([, ms]) => ms >= 1000);
      expect(slow, `${name}: rules taking 1 s or more on 1 MB`).toEqual([]);
      expect(line.analyzeMs as number, `${name}: analysis (extraction to fields) of 1 MB`).toBeLessThan(10_000);
    }
    const whole = r.lines.find((l) => l.name === 'whole')!;
    expect(whole.error).toBeNull();
    expect(whole.ms as number, 'whole lint of a 1 MB adversarial text').toBeLessThan(10_000);
  }, 100_000);
});
