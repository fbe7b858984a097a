// Waivers: accepted findings recorded in a committed file (PDF/DOCX cannot carry inline disable comments).
// A waived finding moves from `findings` to `suppressed` (SARIF: suppressions kind "external") and never counts for
// the exit code. An expired waiver stops waiving: its findings count again and a notice names the waiver.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import type { Finding, FileResult, LintReport, SuppressedFinding } from '../model.js';
import { describeAjvErrors, schemaValidator } from '../config/ajv.js';
import { ConfigError } from '../config/index.js';
import { escapeGlob, matchesGlob } from '../config/glob.js';
import { compareFindings } from '../engine/order.js';

export const WAIVERS_FILE_NAME = 'dpa-lint.waivers.json';
export const PLACEHOLDER_REASON = 'TODO: say why this finding is accepted';

export interface Waiver {
  file: string;
  ruleId: string;
  /** Omitted: any clause; null: findings without a clause. */
  clause?: string | null;
  reason: string;
  expires?: string;
  approvedBy?: string;
}

export interface WaiversFile {
  /** Absolute path. */
  path: string;
  waivers: Waiver[];
  /** Present on disk (false: --write-waivers will create it). */
  exists: boolean;
}

export interface WaiverNotice {
  kind: 'expired' | 'unused';
  index: number;
  waiver: Waiver;
  message: string;
}

export function loadWaivers(path: string, shownAs: string, { mustExist }: { mustExist: boolean }): WaiversFile {
  if (!existsSync(path)) {
    if (mustExist) throw new ConfigError(`${shownAs}: no such waivers file`);
    return { path, waivers: [], exists: false };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new ConfigError(`${shownAs}: ${error instanceof SyntaxError ? `invalid JSON (${error.message})` : `cannot read (${(error as Error).message})`}`);
  }
  const validate = schemaValidator('waivers.schema.json');
  if (!validate(raw)) throw new ConfigError(`${shownAs}: ${describeAjvErrors(validate.errors)}`);
  return { path, waivers: (raw as { waivers: Waiver[] }).waivers, exists: true };
}

function toPosix(p: string): string {
  return p.split(sep).join('/');
}

/** The file's path as waivers name it: relative to the waivers file's folder, forward slashes. */
function waiverPath(file: FileResult, waiversDir: string, cwd: string): string {
  if (file.path.startsWith('<')) return file.path;
  return toPosix(relative(waiversDir, resolve(cwd, file.path)));
}

function fileMatches(w: Waiver, rel: string): boolean {
  return rel.startsWith('<') ? w.file === rel : matchesGlob(rel, w.file);
}

function findingMatches(w: Waiver, f: Finding): boolean {
  if (w.ruleId !== f.ruleId) return false;
  if (w.clause === undefined) return true;
  return (w.clause ?? null) === (f.clause ?? null);
}

export function describeWaiver(w: Waiver): string {
  const clause = w.clause === undefined ? '' : `, clause ${w.clause ?? 'none'}`;
  return `file "${w.file}", rule ${w.ruleId}${clause}`;
}

/**
 * Move waived findings to `suppressed`. `today` is YYYY-MM-DD (injected so tests are deterministic); a waiver applies
 * through its `expires` day. Returns the report (new objects; input untouched) and notices for expired and unused waivers.
 */
export function applyWaivers(
  report: LintReport,
  waivers: WaiversFile,
  { today, cwd, shownAs }: { today: string; cwd: string; shownAs: string },
): { report: LintReport; notices: WaiverNotice[] } {
  const dir = dirname(waivers.path);
  const used = new Set<number>();
  const expiredUsed = new Set<number>();
  const applicable = new Set<number>();
  const files = report.files.map((file): FileResult => {
    const rel = waiverPath(file, dir, cwd);
    const candidates = waivers.waivers.map((w, i) => [w, i] as const).filter(([w]) => fileMatches(w, rel));
    for (const [, i] of candidates) applicable.add(i);
    if (candidates.length === 0) return file;
    const findings: Finding[] = [];
    const suppressed: SuppressedFinding[] = [...(file.suppressed ?? [])];
    for (const f of file.findings) {
      const matching = candidates.filter(([w]) => findingMatches(w, f));
      const active = matching.find(([w]) => !w.expires || w.expires >= today);
      for (const [w, i] of matching) if (w.expires && w.expires < today) expiredUsed.add(i);
      if (!active) {
        findings.push(f);
        continue;
      }
      const [w, i] = active;
      used.add(i);
      const suppression: SuppressedFinding['suppression'] = { kind: 'external', justification: w.reason };
      if (w.approvedBy !== undefined) suppression.approvedBy = w.approvedBy;
      if (w.expires !== undefined) suppression.expires = w.expires;
      suppressed.push({ ...f, suppression });
    }
    suppressed.sort(compareFindings);
    return { ...file, findings, suppressed };
  });
  const notices: WaiverNotice[] = [];
  waivers.waivers.forEach((w, i) => {
    const expired = !!w.expires && w.expires < today;
    if (expired && applicable.has(i)) {
      const effect = expiredUsed.has(i) ? 'its findings count again' : 'it matches no finding either';
      notices.push({ kind: 'expired', index: i, waiver: w, message: `${shownAs}: waiver ${i + 1} (${describeWaiver(w)}) expired on ${w.expires}: ${effect}` });
    } else if (!expired && applicable.has(i) && !used.has(i)) {
      notices.push({ kind: 'unused', index: i, waiver: w, message: `${shownAs}: waiver ${i + 1} (${describeWaiver(w)}) matches no finding` });
    }
  });
  return { report: { ...report, files }, notices };
}

/** --write-waivers: the existing waivers plus one per (file, rule, clause) of every finding not waived yet. */
export function addWaiversFor(report: LintReport, waivers: WaiversFile, cwd: string): { waivers: Waiver[]; added: number } {
  const dir = dirname(waivers.path);
  const out = [...waivers.waivers];
  const seen = new Set(out.map((w) => JSON.stringify([w.file, w.ruleId, w.clause ?? null])));
  let added = 0;
  for (const file of report.files) {
    if (file.path.startsWith('<')) continue; // stdin has no stable name to waive
    const rel = escapeGlob(waiverPath(file, dir, cwd));
    for (const f of file.findings) {
      const key = JSON.stringify([rel, f.ruleId, f.clause ?? null]);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ file: rel, ruleId: f.ruleId, clause: f.clause ?? null, reason: PLACEHOLDER_REASON });
      added++;
    }
  }
  return { waivers: out, added };
}

export function serializeWaivers(waivers: Waiver[]): string {
  const clean = waivers.map((w) => {
    const o: Record<string, unknown> = { file: w.file, ruleId: w.ruleId };
    if (w.clause !== undefined) o.clause = w.clause;
    o.reason = w.reason;
    if (w.expires !== undefined) o.expires = w.expires;
    if (w.approvedBy !== undefined) o.approvedBy = w.approvedBy;
    return o;
  });
  return JSON.stringify({ $schema: './node_modules/dpa-lint/schemas/waivers.schema.json', waivers: clean }, null, 2) + '\n';
}
