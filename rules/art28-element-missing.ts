// The Art. 28 checklist as a rule: every element GDPR Art. 28(2)-(4) requires in a processing contract must be found
// in the DPA, whatever template (or none) it follows. One finding per missing element, with its legal basis.
// The satisfying sentences are not reported here; runChecklist(doc) in src/checklist exposes them to other stages.
import { alignmentProof, ELEMENT_CODES, requirement, runChecklist, type ChecklistItem, type ElementCode } from '../src/checklist/index.js';
import { readsAsContract } from '../src/checklist/contract-signal.js';
import type { LintDocument, Rule } from '../src/engine/types.js';
import { holdsOnlyAnnexes } from './lib/annexes-only.js';
import { meta, quote } from './lib/shared.js';

interface Options {
  /** Element code → false turns that element off. */
  elements?: Partial<Record<ElementCode, boolean>>;
  /** Check the Art. 28(3) particulars (subject matter and duration, nature and purpose, data, data subjects). */
  particulars?: boolean;
}

// Art. 28(2), second sentence: notice of changes is owed only under a general authorisation.
const GENERAL_AUTHORISATION = /\bgeneral(?:ly)?\s+(?:written\s+)?(?:authori[sz]|consent|approv)|\bgenerel(?:le)?\s+(?:skriftlig(?:e)?\s+)?godkendelse|\bgenerelt\s+godkend/iu;
const SPECIFIC_AUTHORISATION = /\bprior\s+specific\s+(?:written\s+)?(?:authori[sz]ation|consent|approval)|\bspecific\s+(?:prior\s+)?written\s+(?:authori[sz]ation|consent|approval)|\bspecifik(?:ke)?\s+(?:skriftlig(?:e)?\s+)?godkendelse/iu;

const rule: Rule<Options> = {
  meta: meta({
    id: 'art28-element-missing',
    description: 'A mandatory element of GDPR Art. 28(2)-(4) cannot be found in the DPA',
    defaultSeverity: 'error',
    category: 'checklist',
    recommended: true,
    schema: {
      type: 'object',
      additionalProperties: false,
      properties: {
        elements: {
          type: 'object',
          additionalProperties: false,
          properties: Object.fromEntries(ELEMENT_CODES.map((c) => [c, { type: 'boolean' }])),
        },
        particulars: { type: 'boolean' },
      },
    },
    defaultOptions: { elements: {}, particulars: true },
  }),
  check(ctx) {
    const enabled = ELEMENT_CODES.filter((code) => {
      if (ctx.options.elements?.[code] === false) return false;
      return ctx.options.particulars !== false || !requirement(code).particular;
    });
    if (enabled.length === 0) return;
    const result = runChecklist(ctx.doc, { elements: enabled });
    if (!result) return;
    const text = ctx.doc.segmented.norm.text;
    if (!ctx.doc.template && result.items.every((i) => !i.satisfied) && !readsAsContract(text)) {
      ctx.report({
        message:
          'E_NOT_DPA: the text does not read as a data processing agreement (no Art. 28 element, no DPA title, no obligations of the parties): the checklist was not applied',
        clause: null,
        offset: 0,
        suggestion: 'Lint the DPA itself. If this is one, check that its text came through: a scanned PDF needs --ocr.',
        severity: 'info',
      });
      return;
    }
    const byCode = new Map(result.items.map((i) => [i.code, i]));
    const annexesOnly = holdsOnlyAnnexes(ctx.doc);
    if (annexesOnly) {
      ctx.report({
        message:
          'The document holds only annexes: the clauses that carry the Art. 28 obligations are in another document (the standard clauses the annexes belong to), so only the particulars of Art. 28(3) were checked here',
        clause: null,
        offset: 0,
        suggestion: 'Lint the clauses together with these annexes, or check that the standard clauses they refer to are signed unchanged.',
        severity: 'info',
      });
    }
    for (const item of result.items) {
      if (item.satisfied) continue;
      if (annexesOnly && !requirement(item.code).particular) continue;
      // On a known template, the template rules own the clause: alignment already proved this element.
      if (alignmentProof(ctx.doc, item.code)) continue;
      if (item.code === 'subprocessor-changes-notice' && onlySpecificAuthorisation(text, byCode.get('subprocessor-authorisation'))) continue;
      const req = requirement(item.code);
      const templateClause = ctx.doc.alignment ? (req.templateClauses[ctx.doc.alignment.template.id]?.[0] ?? null) : null;
      const negated = item.negated;
      ctx.report({
        message: negated
          ? `${req.basis}: ${req.title} is excluded, not agreed: the DPA says "${quote(negated.sentence, 0, negated.sentence.length, 160)}"`
          : `${req.basis}: no clause on ${req.title} found`,
        clause: templateClause,
        offset: negated ? negated.start : 0,
        evidence: negated ? quote(negated.sentence, 0, negated.sentence.length) : '',
        expected: req.requirement,
        suggestion: req.suggestion,
        element: item.code,
        // Art. 32(2) binds the processor directly; the contract need not restate it, so its absence is a warning.
        ...(item.code === 'security-risk-assessment' ? { severity: 'warning' as const } : {}),
      });
    }
  },
};

/** The DPA requires prior specific authorisation for each sub-processor and never grants a general one. */
function onlySpecificAuthorisation(text: string, authorisation: ChecklistItem | undefined): boolean {
  if (!authorisation?.satisfied) return false;
  return SPECIFIC_AUTHORISATION.test(text) && !GENERAL_AUTHORISATION.test(text);
}

export default rule;
