// Mutation suite: each kind of deviation injected into the clean DPA (both numbering styles) must be found by the rule
// meant for it; cosmetic edits must produce no template-conformance finding at all. Precision and recall are printed.
import { afterAll, describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { CLEAN, CLEAN_NESTED, edit } from '../helpers/clean.js';

const TEMPLATE_RULES = new Set([
  'clause-missing', 'clause-modified', 'clause-added', 'numbering', 'cross-reference', 'unfilled-placeholder',
  'draft-marker', 'annex-section-empty', 'annex-section-missing', 'template-outdated', 'template-unrecognized',
]);

interface Mutation {
  name: string;
  apply: (text: string) => string;
  /** Expected rule and template clause; null for a cosmetic edit that must yield nothing. */
  expect: { ruleId: string; clause: string | null } | null;
}

const FIVE_ONE = 'Databehandleren må kun give adgang til personoplysninger';

const MUTATIONS: Mutation[] = [
  { name: 'number changed (72 → 96 timer)', apply: (t) => edit(t, 'om muligt senest 72 timer', 'om muligt senest 96 timer'), expect: { ruleId: 'clause-modified', clause: '9.2.a' } },
  { name: 'negation added', apply: (t) => edit(t, 'forbliver databehandleren fuldt ansvarlig', 'forbliver databehandleren ikke ansvarlig'), expect: { ruleId: 'clause-modified', clause: '7.7' } },
  { name: 'modal verb må kun → må', apply: (t) => edit(t, FIVE_ONE, 'Databehandleren må give adgang til personoplysninger'), expect: { ruleId: 'clause-modified', clause: '5.1' } },
  { name: 'skal → kan', apply: (t) => edit(t, 'Databehandleren skal efter anmodning fra den dataansvarlige kunne påvise', 'Databehandleren kan efter anmodning fra den dataansvarlige påvise'), expect: { ruleId: 'clause-modified', clause: '5.2' } },
  { name: 'negation removed', apply: (t) => edit(t, 'må således ikke gøre brug', 'må således gøre brug'), expect: { ruleId: 'clause-modified', clause: '7.2' } },
  { name: 'condition inserted', apply: (t) => edit(t, 'forbliver databehandleren fuldt ansvarlig', 'forbliver databehandleren, medmindre andet aftales, fuldt ansvarlig'), expect: { ruleId: 'clause-modified', clause: '7.7' } },
  { name: 'clause deleted', apply: (t) => edit(t, /\n(?:5\.)?2\. Databehandleren skal efter anmodning fra den dataansvarlige kunne påvise[^\n]*\n/, '\n'), expect: { ruleId: 'clause-missing', clause: '5.2' } },
  { name: 'litra deleted', apply: (t) => edit(t, /\nc\. den dataansvarliges forpligtelse til forud for behandlingen[^\n]*\n/, '\n'), expect: { ruleId: 'clause-missing', clause: '9.2.c' } },
  { name: 'clause added in section 4', apply: (t) => edit(t, /\n5\. Fortrolighed\n\n/, `\n${labelFor(t, '4.3')} Databehandleren kan opkræve betaling for hver instruks efter gældende timepriser.\n\n5. Fortrolighed\n\n`), expect: { ruleId: 'clause-added', clause: '4' } },
  { name: 'annex section emptied', apply: (t) => edit(t, /(A\.3\. [^\n]*\n\n)[^\n]*\n/, '$1'), expect: { ruleId: 'annex-section-empty', clause: 'A.3' } },
  { name: 'annex section removed', apply: (t) => edit(t, /A\.4\. [^\n]*\n\n[^\n]*\n\n/, ''), expect: { ruleId: 'annex-section-missing', clause: 'A.4' } },
  { name: 'duplicate annex id', apply: (t) => edit(t, '\nA.5. ', '\nA.4. '), expect: { ruleId: 'numbering', clause: null } },
  { name: 'placeholder left', apply: (t) => edit(t, 'senest 24 timer efter', 'senest [TIDSPUNKT] efter'), expect: { ruleId: 'unfilled-placeholder', clause: '10.2' } },
  { name: 'draft mark', apply: (t) => `UDKAST\n\n${t}`, expect: { ruleId: 'draft-marker', clause: null } },
  { name: 'broken cross-reference', apply: (t) => edit(t, 'i henhold til Bestemmelse 6.3.', 'i henhold til Bestemmelse 6.9.'), expect: { ruleId: 'cross-reference', clause: '9.2' } },
  // Cosmetic edits: nothing may be reported.
  { name: 'typo unødig → unødigt', apply: (t) => t.replace(/uden unødig forsinkelse/g, 'uden unødigt forsinkelse'), expect: null },
  { name: 'nærmere → nærmeret', apply: (t) => t.replace(/nærmere/g, 'nærmeret'), expect: null },
  { name: 'straight quotes', apply: (t) => t.replace(/[”“]/g, '"'), expect: null },
  { name: 're-wrapped at 70 columns', apply: (t) => t.split('\n').map((l) => wrap(l, 70)).join('\n'), expect: null },
  { name: 'page footers', apply: (t) => addFooters(t), expect: null },
  { name: 'hyphenated line breaks', apply: (t) => edit(t, 'underdatabehandleren indføje', 'underdatabehand-\nleren indføje'), expect: null },
  { name: 'lovgivningen → lovgivning', apply: (t) => t.replace(/lovgivningen/g, 'lovgivning'), expect: null },
  { name: 'upper-cased clause', apply: (t) => edit(t, FIVE_ONE, FIVE_ONE.toUpperCase()), expect: null },
];

/** The label a clause carries in this numbering style ("5.2." or "2."). */
function labelFor(text: string, id: string): string {
  return text === CLEAN_NESTED || text.includes('\n1. Databehandleren skal opfylde') ? `${id.split('.').pop()}.` : `${id}.`;
}

function wrap(line: string, width: number): string {
  if (line.length <= width || /\s{2,}/.test(line)) return line;
  const out: string[] = [];
  let cur = '';
  for (const w of line.split(' ')) {
    if (cur && cur.length + w.length + 1 > width) {
      out.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  out.push(cur);
  return out.join('\n');
}

function addFooters(text: string): string {
  const lines = text.split('\n');
  const pages = Math.ceil(lines.length / 50);
  const out: string[] = [];
  lines.forEach((l, k) => {
    out.push(l);
    if (k % 50 === 49) out.push('', `Side ${Math.floor(k / 50) + 1} af ${pages}`, '\f');
  });
  return out.join('\n');
}

let tp = 0;
let fn = 0;
let fp = 0;

describe.each([
  ['full ids', CLEAN],
  ['nested numbering', CLEAN_NESTED],
])('mutations of the clean DPA (%s)', (_style, base) => {
  for (const m of MUTATIONS) {
    it(m.name, async () => {
      const result = await lintText(m.apply(base));
      const findings = result.findings.filter((f) => TEMPLATE_RULES.has(f.ruleId) && f.severity !== 'info');
      const list = findings.map((f) => `${f.ruleId} ${f.clause}: ${f.message}`).join('\n');
      if (m.expect === null) {
        fp += findings.length;
        expect(findings, list).toEqual([]);
        return;
      }
      const hit = findings.filter((f) => f.ruleId === m.expect!.ruleId && (m.expect!.clause === null || f.clause === m.expect!.clause));
      if (hit.length) tp++;
      else fn++;
      fp += findings.length - hit.length;
      expect(hit.length, list).toBeGreaterThan(0);
      // Nothing else may be reported alongside (one deviation, one finding family).
      expect(findings.filter((f) => !hit.includes(f)).map((f) => f.ruleId), list).toEqual([]);
    });
  }
});

afterAll(() => {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  console.log(`mutation suite: ${tp} found, ${fn} missed, ${fp} false findings; precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}`);
});
