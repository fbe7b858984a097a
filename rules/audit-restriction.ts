// Audit rights hollowed out by C.7/C.8 (Art. 28(3)(h): the processor "allows for and contributes to audits, including
// inspections"): audits only on a documented need, long notice, the processor billing its time, the processor
// approving the auditor, or nothing but the processor's own statement.
import type { Rule } from '../src/engine/types.js';
import type { AuditRestriction } from '../src/fields/index.js';
import { meta } from './lib/shared.js';
import { days, fields, intOption, reportAt } from './lib/values.js';

interface Options {
  maxNoticeDays: number;
}

const MESSAGES: Record<AuditRestriction['kind'], (r: AuditRestriction, o: Options) => { message: string; expected: string; actual: string; suggestion: string }> = {
  conditional: () => ({
    message: 'Audits or inspections are allowed only on a condition the controller must first meet (a documented need or concrete grounds)',
    expected: 'audits and inspections when the controller finds them necessary',
    actual: 'conditional audit right',
    suggestion: 'Remove the condition: the controller decides when an inspection is needed (Art. 28(3)(h)).',
  }),
  notice: (r, o) => ({
    message: `An audit or inspection requires ${days(r.days ?? 0)} notice: more than ${days(o.maxNoticeDays)}`,
    expected: `at most ${days(o.maxNoticeDays)} notice`,
    actual: days(r.days ?? 0),
    suggestion: `Shorten the notice to ${days(o.maxNoticeDays)} or less, and allow shorter notice after a breach.`,
  }),
  billing: () => ({
    message: "The processor may bill the controller for its time spent on audits or inspections",
    expected: 'the processor contributes to audits at its own cost (the template: "Databehandleren er dog forpligtet til at afsætte de ressourcer")',
    actual: 'audits billed to the controller',
    suggestion: 'Let each party bear its own costs, as the template does, or cap the charge.',
  }),
  'auditor-approval': () => ({
    message: 'The processor must approve the auditor the controller chooses',
    expected: 'an auditor mandated by the controller (clause 12.1)',
    actual: 'auditor subject to the processor\'s approval',
    suggestion: 'Allow any auditor mandated by the controller who is bound by confidentiality.',
  }),
  'self-assessment-only': () => ({
    message: "Supervision relies only on the processor's own statement or answers to a questionnaire: no independent audit or inspection",
    expected: 'an auditor\'s statement (e.g. ISAE 3000) or inspections',
    actual: 'self-assessment only',
    suggestion: 'Add an independent auditor\'s statement or the right to inspect, at least where the risk is high.',
  }),
};

const rule: Rule<Options> = {
  meta: meta({
    id: 'audit-restriction',
    description: 'C.7/C.8 restrict audits: conditional, long notice, billed, auditor approved by the processor, or self-assessment only',
    defaultSeverity: 'warning',
    category: 'values',
    recommended: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: { maxNoticeDays: intOption('Longest acceptable notice before an audit or inspection, in calendar days.', 0) },
    },
    defaultOptions: { maxNoticeDays: 30 },
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const seen = new Set<string>();
    for (const r of f.audit.restrictions) {
      if (r.kind === 'notice' && (r.days ?? 0) <= ctx.options.maxNoticeDays) continue;
      const key = `${r.kind}:${r.evidence.offset}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const m = MESSAGES[r.kind](r, ctx.options);
      // Datatilsynet's own guidance lists a written status from the processor as one supervision concept.
      const severity = r.kind === 'self-assessment-only' && r.datatilsynetConcept ? 'info' : undefined;
      reportAt(ctx, r.evidence, { ...m, severity });
    }
  },
};

export default rule;
