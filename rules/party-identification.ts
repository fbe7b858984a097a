// The parties of the title block: the processor must be identified (name, CVR, address: Art. 28(3) binds a named
// processor; the template's front matter asks for them); a controller left blank marks an unsigned vendor template.
import type { Rule } from '../src/engine/types.js';
import { meta } from './lib/shared.js';
import { fields, onDatatilsynetTemplate, reportAt } from './lib/values.js';

const rule: Rule = {
  meta: meta({
    id: 'party-identification',
    description: "The processor's name, CVR number or address is missing or invalid; the controller is left blank",
    defaultSeverity: 'error',
    category: 'values',
    recommended: true,
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const { processor, controller } = f.parties;
    const template = onDatatilsynetTemplate(ctx);
    if (!processor) {
      // Without a title block (terms on a web page, a schedule to a main agreement) the parties are named elsewhere.
      if (template && controller) {
        ctx.report({
          clause: 'front',
          offset: controller.evidence.offset,
          evidence: controller.evidence.quote,
          message: 'The processor is not identified in the title block',
          expected: 'the processor\'s name, CVR number and address',
          actual: 'no processor block',
          suggestion: 'Fill in the processor\'s name, CVR number, address and country in the title block.',
        });
      }
    } else if (processor.blank) {
      reportAt(ctx, processor.evidence, {
        message: "The processor's name is not filled in",
        expected: "the processor's name, CVR number and address",
        actual: 'blank',
        suggestion: "Fill in the processor's name, CVR number, address and country in the title block.",
      });
    } else {
      const danish = processor.countryCode === 'DK' || (processor.countryCode === null && ctx.doc.language === 'da');
      const missing: string[] = [];
      if (!processor.cvr && danish) missing.push('CVR number');
      if (!processor.address) missing.push('address');
      if (missing.length) {
        reportAt(ctx, processor.evidence, {
          message: `The processor "${processor.name}" is named without ${missing.join(' or ')}`,
          expected: 'name, CVR number and address',
          actual: `missing: ${missing.join(', ')}`,
          suggestion: "Add the processor's CVR number and address so that the legal entity is unambiguous.",
        });
      }
      if (processor.cvr && processor.cvrValid === false) {
        reportAt(ctx, processor.evidence, {
          message: `The processor's CVR number ${processor.cvr} fails the modulus-11 check: it is probably mistyped`,
          expected: 'a valid CVR number',
          actual: processor.cvr,
          suggestion: 'Check the number in the CVR register (datacvr.virk.dk).',
        });
      }
    }
    if (template && (!controller || controller.blank) && processor && !processor.blank) {
      const ev = controller?.evidence ?? processor.evidence;
      reportAt(ctx, ev, {
        message: 'The controller is not named: this is an unsigned vendor template, to be filled in when the agreement is concluded',
        expected: "the controller's name, CVR number and address",
        actual: controller ? 'blank' : 'no controller block',
        suggestion: "Fill in the controller's details before signing.",
        severity: 'info',
      });
    }
  },
};

export default rule;
