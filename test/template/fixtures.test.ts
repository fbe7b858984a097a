// The clean fixtures must follow datatilsynet-2020-da word for word outside slots: every rule test builds on them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { words } from '../../src/template/detect.js';
import { getTemplate } from '../../src/template/load.js';
import type { TemplatePart } from '../../src/template/types.js';
import { ROOT } from './helpers.js';

const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');
const full = read('fixtures/clean/clean-dpa.txt');
const nested = read('fixtures/clean/clean-dpa-nested.txt');
const t = getTemplate('datatilsynet-2020-da')!;

/** Runs of fixed words between slots; a choice must match one of its options. */
function fixedRuns(parts: TemplatePart[]): string[][] {
  const runs: string[][] = [];
  for (const p of parts) if (p.type === 'text') runs.push(words(p.text));
  return runs.filter((r) => r.length > 0);
}

describe('fixtures/clean', () => {
  const doc = ` ${words(full).join(' ')} `;

  it('contains the fixed text of every clause of the 2020 template (7.3 option 2, 7.6 in its 2024 wording)', () => {
    const chosen: Record<string, string> = { '7.3': 'option-2', '7.6': '2024', '11.1': 'standard' };
    for (const c of t.clauses) {
      const parts = chosen[c.id] ? c.variants!.find((v) => v.id === chosen[c.id])!.parts : c.parts;
      for (const run of fixedRuns(parts)) expect(doc.includes(` ${run.join(' ')} `), `${c.id}: ${run.join(' ')}`).toBe(true);
      for (const p of parts) {
        if (p.type === 'choice') expect(p.options.some((o) => doc.includes(` ${words(o).join(' ')} `)), c.id).toBe(true);
      }
      if (c.title) expect(doc.includes(` ${words(c.title).join(' ')} `), `${c.id} title`).toBe(true);
    }
  });

  it('keeps one alternative of 7.3 and no option marker, guidance or placeholder', () => {
    expect(full).not.toMatch(/\[VALG|\{\{|\[[A-ZÆØÅ ]{4,}\]|Eksempel på tekst|_{3,}|\$\{/);
    expect(full).not.toContain('forudgående specifikke skriftlige godkendelse');
    expect(full).toContain('med mindst 30 dages varsel');
    expect(full).toContain('senest 24 timer efter');
  });

  it('gives valid modulus-11 CVR numbers', () => {
    const cvrs = [...full.matchAll(/\b\d{8}\b/g)].map((m) => m[0]).filter((n) => !/^(2016|2018|2025)/.test(n));
    expect(cvrs.length).toBeGreaterThanOrEqual(4);
    for (const cvr of cvrs) {
      const sum = [...cvr].reduce((s, d, i) => s + Number(d) * [2, 7, 6, 5, 4, 3, 2, 1][i]!, 0);
      expect(sum % 11, cvr).toBe(0);
    }
  });

  it('the nested style has the same wording with "1." labels under each section', () => {
    const strip = (s: string) =>
      s
        .split('\n')
        .map((l) => l.replace(/^\d+\.\d+\. /, '').replace(/^\d+\. (?=[A-ZÆØÅa-zæøå])/, ''))
        .join('\n');
    expect(strip(nested)).toBe(strip(full));
    expect(nested).toMatch(/\n7\. Anvendelse af underdatabehandlere\n\n1\. Databehandleren skal opfylde/);
    expect(full).toMatch(/\n7\. Anvendelse af underdatabehandlere\n\n7\.1\. Databehandleren skal opfylde/);
  });
});
