// npm run eval — precision and recall of the rules against the hand-labelled corpus (corpus/labelled/*.json, see its
// README). Every labelled document is linted; its findings are matched to the labels by (ruleId, clause), for the
// rules the document is labelled for. Prints the table, writes it to docs/accuracy.md, and exits 1 when overall
// precision or recall falls below corpus/labelled/baseline.json.
//
//   node dist/scripts/eval.js [--no-write] [--explain] [--update-baseline] [--project-only]
//
// Matching, per document and rule (set semantics: several findings on the same clause count once):
//   TP  a label (ruleId, clause) with at least one finding of that rule on that clause, of any severity
//   FN  a label without such a finding
//   FP  a finding on a clause without a label, unless every finding there is info-level (info is ignored unless
//       labelled); a finding listed in notExpected counts as FP even at info level
// Documents under ../shared/corpus-real are skipped when that folder is absent; the baseline then used is the one
// recorded for the project's own documents.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintFile } from '../src/engine/lint.js';
import type { FileResult } from '../src/model.js';

export interface Label {
  ruleId: string;
  clause: string | null;
  note: string;
}

export interface LabelFile {
  /** Path relative to the project root ("corpus/seeds/…", "../shared/corpus-real/…"). */
  document: string;
  comment?: string;
  /** The rules this document is labelled for: only their findings are scored here. */
  rules: string[];
  expected: Label[];
  notExpected?: Label[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Mismatch {
  kind: 'fp' | 'fn';
  document: string;
  ruleId: string;
  clause: string | null;
  /** The label's note (FN, labelled FP) or the finding's severity (FP). */
  detail: string;
}

export interface RuleScore extends Counts {
  ruleId: string;
  documents: number;
  precision: number | null;
  recall: number | null;
}

export interface EvalResult {
  rules: RuleScore[];
  overall: Counts & { precision: number | null; recall: number | null; documents: number };
  mismatches: Mismatch[];
  /** Labelled documents that were not found (../shared absent). */
  skipped: string[];
  /** Whether the real corpus was scored (selects the baseline). */
  withRealCorpus: boolean;
  /** Documents that could not be linted at all (an error result). */
  errors: Array<{ document: string; code: string }>;
}

export interface Baseline {
  withRealCorpus: { precision: number; recall: number };
  projectOnly: { precision: number; recall: number };
}

export function projectRootFrom(start: string): string {
  let dir = start;
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'corpus', 'labelled'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the project root (package.json next to corpus/labelled)');
}

const here = dirname(fileURLToPath(import.meta.url));

export function loadLabels(root: string): Array<{ file: string; labels: LabelFile }> {
  const dir = join(root, 'corpus', 'labelled');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json') && f !== 'baseline.json')
    .sort()
    .map((file) => ({ file, labels: JSON.parse(readFileSync(join(dir, file), 'utf8')) as LabelFile }));
}

export function loadBaseline(root: string): Baseline {
  return JSON.parse(readFileSync(join(root, 'corpus', 'labelled', 'baseline.json'), 'utf8')) as Baseline;
}

const key = (clause: string | null) => clause ?? '∅';
const ratio = (a: number, b: number) => (b === 0 ? null : a / b);

/** Score one document's findings against its labels. */
export function scoreDocument(labels: LabelFile, result: FileResult): { perRule: Map<string, Counts>; mismatches: Mismatch[] } {
  const perRule = new Map<string, Counts>();
  const mismatches: Mismatch[] = [];
  for (const ruleId of labels.rules) {
    const counts: Counts = { tp: 0, fp: 0, fn: 0 };
    const expected = new Map(labels.expected.filter((l) => l.ruleId === ruleId).map((l) => [key(l.clause), l]));
    const notExpected = new Map((labels.notExpected ?? []).filter((l) => l.ruleId === ruleId).map((l) => [key(l.clause), l]));
    // clause → whether any finding there is above info level
    const found = new Map<string, { clause: string | null; reportable: boolean; severity: string }>();
    for (const f of result.findings) {
      if (f.ruleId !== ruleId) continue;
      const k = key(f.clause);
      const prev = found.get(k);
      const reportable = (prev?.reportable ?? false) || f.severity !== 'info';
      found.set(k, { clause: f.clause, reportable, severity: reportable ? (prev?.reportable ? prev.severity : f.severity) : 'info' });
    }
    for (const [k, label] of expected) {
      if (found.has(k)) counts.tp++;
      else {
        counts.fn++;
        mismatches.push({ kind: 'fn', document: labels.document, ruleId, clause: label.clause, detail: label.note });
      }
    }
    for (const [k, f] of found) {
      if (expected.has(k)) continue;
      const listed = notExpected.get(k);
      if (f.reportable || listed) {
        counts.fp++;
        mismatches.push({ kind: 'fp', document: labels.document, ruleId, clause: f.clause, detail: listed ? listed.note : `${f.severity} finding without a label` });
      }
    }
    perRule.set(ruleId, counts);
  }
  return { perRule, mismatches };
}

export interface EvaluateOptions {
  /** Score only the project's own documents, as in a clone without ../shared (to record that baseline). */
  projectOnly?: boolean;
}

/** Lint every labelled document and score the findings. */
export async function evaluate(root = projectRootFrom(here), options: EvaluateOptions = {}): Promise<EvalResult> {
  const totals = new Map<string, Counts & { documents: number }>();
  const mismatches: Mismatch[] = [];
  const skipped: string[] = [];
  const errors: EvalResult['errors'] = [];
  let scored = 0;
  let withRealCorpus = false;
  for (const { labels } of loadLabels(root)) {
    const path = resolve(root, labels.document);
    if (!existsSync(path) || (options.projectOnly && labels.document.startsWith('../'))) {
      skipped.push(labels.document);
      continue;
    }
    if (labels.document.startsWith('../')) withRealCorpus = true;
    const result = await lintFile(path);
    if (result.error) errors.push({ document: labels.document, code: result.error.code });
    scored++;
    const { perRule, mismatches: m } = scoreDocument(labels, result);
    mismatches.push(...m);
    for (const [ruleId, c] of perRule) {
      const t = totals.get(ruleId) ?? { tp: 0, fp: 0, fn: 0, documents: 0 };
      t.tp += c.tp;
      t.fp += c.fp;
      t.fn += c.fn;
      t.documents++;
      totals.set(ruleId, t);
    }
  }
  const rules: RuleScore[] = [...totals]
    .sort((a, b) => (a[0] < b[0] ? -1 : 1))
    .map(([ruleId, t]) => ({ ruleId, ...t, precision: ratio(t.tp, t.tp + t.fp), recall: ratio(t.tp, t.tp + t.fn) }));
  const sum = rules.reduce((s, r) => ({ tp: s.tp + r.tp, fp: s.fp + r.fp, fn: s.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
  return {
    rules,
    overall: { ...sum, precision: ratio(sum.tp, sum.tp + sum.fp), recall: ratio(sum.tp, sum.tp + sum.fn), documents: scored },
    mismatches,
    skipped,
    withRealCorpus,
    errors,
  };
}

/** The baseline that applies to this evaluation, and whether the result meets it. */
export function checkBaseline(result: EvalResult, baseline: Baseline): { applies: { precision: number; recall: number }; ok: boolean; reasons: string[] } {
  const applies = result.withRealCorpus ? baseline.withRealCorpus : baseline.projectOnly;
  const reasons: string[] = [];
  // Rounded as printed, so a baseline copied from the table is met exactly.
  const r3 = (n: number | null) => (n === null ? 0 : Math.round(n * 1000) / 1000);
  if (r3(result.overall.precision) < applies.precision) reasons.push(`precision ${fmt(result.overall.precision)} is below the baseline ${applies.precision.toFixed(3)}`);
  if (r3(result.overall.recall) < applies.recall) reasons.push(`recall ${fmt(result.overall.recall)} is below the baseline ${applies.recall.toFixed(3)}`);
  return { applies, ok: reasons.length === 0, reasons };
}

function fmt(n: number | null): string {
  return n === null ? '—' : n.toFixed(3);
}

/** The Markdown report (docs/accuracy.md). Mentions only file names, rule ids, clause ids and the labels' notes. */
export function toMarkdown(result: EvalResult, baseline: Baseline): string {
  const check = checkBaseline(result, baseline);
  const lines = [
    '# Accuracy',
    '',
    'Precision and recall of each rule against the hand-labelled corpus in [`corpus/labelled/`](../corpus/labelled/README.md),',
    'written by `npm run eval` (scripts/eval.ts). A finding matches a label by rule id and clause; info-level findings count only',
    'where they are labelled; a rule is scored only on the documents labelled for it.',
    '',
    `Scored: ${result.overall.documents} documents${result.withRealCorpus ? ' (the project\'s own and ../shared/corpus-real)' : ' (the project\'s own; ../shared/corpus-real was absent)'}.`,
    '',
    '| rule | documents | TP | FP | FN | precision | recall |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...result.rules.map((r) => `| ${r.ruleId} | ${r.documents} | ${r.tp} | ${r.fp} | ${r.fn} | ${fmt(r.precision)} | ${fmt(r.recall)} |`),
    `| **overall** | ${result.overall.documents} | ${result.overall.tp} | ${result.overall.fp} | ${result.overall.fn} | **${fmt(result.overall.precision)}** | **${fmt(result.overall.recall)}** |`,
    '',
    `Baseline (corpus/labelled/baseline.json): precision ${check.applies.precision.toFixed(3)}, recall ${check.applies.recall.toFixed(3)} — ${check.ok ? 'met' : 'NOT met: ' + check.reasons.join('; ')}.`,
    '',
    '## False negatives (labelled, not found)',
    '',
    ...listMismatches(result.mismatches.filter((m) => m.kind === 'fn')),
    '',
    '## False positives (found, not labelled)',
    '',
    ...listMismatches(result.mismatches.filter((m) => m.kind === 'fp')),
    '',
  ];
  return lines.join('\n');
}

function listMismatches(list: Mismatch[]): string[] {
  if (list.length === 0) return ['None.'];
  return list.map((m) => `- \`${m.document.replace(/^\.\.\/shared\/corpus-real\//, 'corpus-real/')}\` ${m.ruleId} ${m.clause ?? '(no clause)'}: ${m.detail}`);
}

function table(result: EvalResult): string {
  const rows = result.rules.map((r) => [r.ruleId, String(r.documents), String(r.tp), String(r.fp), String(r.fn), fmt(r.precision), fmt(r.recall)]);
  rows.push(['overall', String(result.overall.documents), String(result.overall.tp), String(result.overall.fp), String(result.overall.fn), fmt(result.overall.precision), fmt(result.overall.recall)]);
  const head = ['rule', 'docs', 'TP', 'FP', 'FN', 'precision', 'recall'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (r: string[]) => r.map((c, i) => (i === 0 ? c.padEnd(w[i]!) : c.padStart(w[i]!))).join('  ');
  return [line(head), ...rows.map(line)].join('\n');
}

async function cli(): Promise<number> {
  const root = projectRootFrom(here);
  const args = process.argv.slice(2);
  const result = await evaluate(root, { projectOnly: args.includes('--project-only') });
  const baseline = loadBaseline(root);
  console.log(table(result));
  if (result.skipped.length) console.log(`\nskipped: ${result.skipped.length} documents under ../shared/corpus-real`);
  for (const e of result.errors) console.log(`could not lint ${e.document}: ${e.code}`);
  if (args.includes('--explain')) {
    console.log('');
    for (const m of result.mismatches) console.log(`${m.kind.toUpperCase()} ${m.document} ${m.ruleId} ${m.clause ?? '-'}: ${m.detail}`);
  }
  if (args.includes('--update-baseline')) {
    const r3 = (n: number | null) => Math.round((n ?? 0) * 1000) / 1000;
    const next = { ...baseline, [result.withRealCorpus ? 'withRealCorpus' : 'projectOnly']: { precision: r3(result.overall.precision), recall: r3(result.overall.recall) } };
    writeFileSync(join(root, 'corpus', 'labelled', 'baseline.json'), JSON.stringify(next, null, 2) + '\n');
    console.log('\nbaseline updated');
    return 0;
  }
  if (!args.includes('--no-write') && !args.includes('--project-only')) {
    writeFileSync(join(root, 'docs', 'accuracy.md'), toMarkdown(result, baseline));
    console.log('\nwrote docs/accuracy.md');
  }
  const check = checkBaseline(result, baseline);
  console.log(`\nbaseline (${result.withRealCorpus ? 'with ../shared/corpus-real' : 'project documents only'}): precision ${check.applies.precision.toFixed(3)}, recall ${check.applies.recall.toFixed(3)}: ${check.ok ? 'met' : 'NOT MET'}`);
  for (const r of check.reasons) console.log(`  ${r}`);
  return check.ok ? 0 : 1;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  cli().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
