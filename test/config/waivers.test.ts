import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { addWaiversFor, applyWaivers, loadWaivers, PLACEHOLDER_REASON, serializeWaivers, type Waiver } from '../../src/waivers/index.js';
import { ConfigError } from '../../src/config/index.js';
import { formatters } from '../../src/report/index.js';
import { schemaValidator } from '../helpers/schemas.js';
import { sampleReport } from '../report/sample-report.js';

const cwd = '/repo';
const file = (waivers: Waiver[]) => ({ path: '/repo/dpa-lint.waivers.json', waivers, exists: true });
const opts = { today: '2026-06-01', cwd, shownAs: 'dpa-lint.waivers.json' };

function report() {
  const r = sampleReport();
  for (const f of r.files) f.suppressed = [];
  return r;
}

describe('applyWaivers', () => {
  it('moves a matching finding to suppressed with an external suppression', () => {
    const { report: out, notices } = applyWaivers(
      report(),
      file([{ file: 'contracts/acme*.txt', ruleId: 'clause-modified', clause: '10.2', reason: 'Negotiated 50 h, accepted by legal', approvedBy: 'DPO', expires: '2026-06-01' }]),
      opts,
    );
    const f = out.files[0]!;
    expect(f.findings.map((x) => x.ruleId)).toEqual(['draft-marker', 'clause-missing']);
    expect(f.suppressed).toHaveLength(1);
    expect(f.suppressed![0]!.suppression).toEqual({ kind: 'external', justification: 'Negotiated 50 h, accepted by legal', approvedBy: 'DPO', expires: '2026-06-01' });
    expect(notices).toEqual([]);
    // JSON output of a waived report validates
    expect(schemaValidator('schemas/report.schema.json')(JSON.parse(formatters.json!(out)))).toEqual([]);
  });

  it('matches clause exactly, null for findings without a clause, any clause when omitted', () => {
    const r = report();
    expect(applyWaivers(r, file([{ file: '**', ruleId: 'clause-modified', clause: '10.3', reason: 'x' }]), opts).report.files[0]!.suppressed).toHaveLength(0);
    expect(applyWaivers(r, file([{ file: '**', ruleId: 'draft-marker', clause: null, reason: 'x' }]), opts).report.files[0]!.suppressed).toHaveLength(1);
    const any = applyWaivers(r, file([{ file: 'contracts/**', ruleId: 'clause-missing', reason: 'x' }]), opts).report;
    expect(any.files[0]!.suppressed).toHaveLength(1);
    expect(any.files[1]!.suppressed).toHaveLength(1);
  });

  it('an expired waiver stops waiving and says so', () => {
    const { report: out, notices } = applyWaivers(report(), file([{ file: 'contracts/*.txt', ruleId: 'clause-modified', clause: '10.2', reason: 'temporary', expires: '2026-05-31' }]), opts);
    expect(out.files[0]!.findings.map((x) => x.ruleId)).toContain('clause-modified');
    expect(out.files[0]!.suppressed).toHaveLength(0);
    expect(notices).toHaveLength(1);
    expect(notices[0]!.kind).toBe('expired');
    expect(notices[0]!.message).toBe('dpa-lint.waivers.json: waiver 1 (file "contracts/*.txt", rule clause-modified, clause 10.2) expired on 2026-05-31: its findings count again');
  });

  it('reports a waiver that matches no finding of a linted file as unused, and ignores files not linted', () => {
    const { notices } = applyWaivers(
      report(),
      file([
        { file: 'contracts/scan.pdf', ruleId: 'draft-marker', reason: 'never happens' },
        { file: 'elsewhere/*.pdf', ruleId: 'draft-marker', reason: 'not linted this time' },
      ]),
      opts,
    );
    expect(notices.map((n) => [n.kind, n.index])).toEqual([['unused', 0]]);
  });

  it('resolves waiver globs relative to the waivers file folder', () => {
    const wf = { path: '/repo/contracts/dpa-lint.waivers.json', waivers: [{ file: 'scan.pdf', ruleId: 'clause-missing', reason: 'x' }], exists: true };
    expect(applyWaivers(report(), wf, opts).report.files[1]!.suppressed).toHaveLength(1);
  });
});

describe('--write-waivers', () => {
  it('adds one waiver per file, rule and clause, keeps existing ones, and the result waives everything', () => {
    const existing: Waiver = { file: 'contracts/scan.pdf', ruleId: 'clause-missing', clause: '9.2.a', reason: 'kept' };
    const wf = file([existing]);
    const { waivers, added } = addWaiversFor(report(), wf, cwd);
    expect(waivers[0]).toEqual(existing);
    expect(added).toBe(3);
    expect(waivers.slice(1)).toEqual([
      { file: 'contracts/acme & co.txt', ruleId: 'draft-marker', clause: null, reason: PLACEHOLDER_REASON },
      { file: 'contracts/acme & co.txt', ruleId: 'clause-modified', clause: '10.2', reason: PLACEHOLDER_REASON },
      { file: 'contracts/acme & co.txt', ruleId: 'clause-missing', clause: '7.6', reason: PLACEHOLDER_REASON },
    ]);
    const text = serializeWaivers(waivers);
    expect(schemaValidator('schemas/waivers.schema.json')(JSON.parse(text))).toEqual([]);
    const out = applyWaivers(report(), { ...wf, waivers }, opts).report;
    expect(out.files.flatMap((f) => f.findings)).toEqual([]);
  });

  it('escapes glob syntax in file names', () => {
    const r = report();
    r.files = [{ ...r.files[1]!, path: 'contracts/dpa [final] (v2).pdf' }];
    const { waivers } = addWaiversFor(r, file([]), cwd);
    expect(waivers[0]!.file).toBe('contracts/dpa \\[final\\] \\(v2\\).pdf');
    expect(applyWaivers(r, file(waivers), opts).report.files[0]!.findings).toEqual([]);
  });
});

describe('loading waivers files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'dpa-lint-waivers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (name: string, content: unknown) => {
    const p = join(dir, name);
    writeFileSync(p, typeof content === 'string' ? content : JSON.stringify(content));
    return p;
  };
  it('validates against schemas/waivers.schema.json with the key path in the message', () => {
    expect(() => loadWaivers(write('a.json', { waivers: [{ file: 'x', ruleId: 'r' }] }), 'a.json', { mustExist: true })).toThrow(/a\.json: waivers\[0\]: must have required property 'reason'/);
    expect(() => loadWaivers(write('b.json', { waivers: [{ file: 'x', ruleId: 'r', reason: 'y', until: '2020' }] }), 'b.json', { mustExist: true })).toThrow(/waivers\[0\]\.until: unknown key/);
    expect(() => loadWaivers(write('c.json', { waivers: [{ file: 'x', ruleId: 'r', reason: 'y', expires: '31/12/2026' }] }), 'c.json', { mustExist: true })).toThrow(/waivers\[0\]\.expires: must match format "date"/);
    expect(() => loadWaivers(write('d.json', { waivers: [{ file: 'x', ruleId: 'r', reason: '   ' }] }), 'd.json', { mustExist: true })).toThrow(ConfigError);
    expect(() => loadWaivers(join(dir, 'none.json'), 'none.json', { mustExist: true })).toThrow(/no such waivers file/);
    expect(loadWaivers(join(dir, 'none.json'), 'none.json', { mustExist: false }).waivers).toEqual([]);
  });
});
