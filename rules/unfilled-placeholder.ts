// Slots, option markers and guidance of the template left in the contract: "[TIDSPUNKT]", "[VALG 2 …]", "${name}", "____".
import type { Rule, RuleContext } from '../src/engine/types.js';
import type { Clause } from '../src/model.js';
import { clauseAt, meta, quoteAround, templateClauseAt } from './lib/shared.js';

interface Hit {
  start: number;
  end: number;
  what: string;
}

const PLACEHOLDER_WORDS =
  /(navn|dato|indsæt|insert|name|date|adresse|address|cvr|tidspunkt|valg|option|placeholder|antal|beløb|amount|land|country|company|firma|virksomhed|tbd|tbc|xx|\.\.\.|…|●|•|_)/iu;
// Bounded repetitions keep every pattern linear on adversarial input.
const BRACKETS = /\[([^[\]\n]{1,80})\]/gu;
const TEMPLATE_VARS = /\$\{[^}\n]{1,60}\}|\{\{[^}\n]{1,60}\}\}|<<[^>\n]{1,60}>>/gu;
const UNDERSCORES = /_{3,}/gu;
const GUIDANCE_MARKERS = /\b(Eksempel på tekst|Vejledning til udfyldelse|Example wording|Guidance note)\s*:/giu;
// A heading of its own for the fill-in guidance ("Vejledning til udfyldelse af databehandleraftaleskabelonen"): a
// paragraph that opens with it, not a sentence that mentions the guidance.
const GUIDANCE_HEADING = /(?<=^|\n)[ \t]*(?:Vejledning til udfyldelse|Udfyldelsesvejledning|Guidance (?:on|for) (?:completing|filling in)|Instructions for (?:completing|filling in))\b[^\n.]{0,100}(?=\n|$)/giu;
// "xxx kr." is a dummy amount; "DDMMÅÅ-XXXX" is a format description, not a blank.
const DUMMY = /(?<![-A-Za-zÀ-ÖØ-öø-ɏ\d])(?:X{3,}|x{3,})(?![-A-Za-zÀ-ÖØ-öø-ɏ\d])|(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])dd[.-]mm[.-](?:åååå|yyyy)(?![A-Za-zÀ-ÖØ-öø-ɏ\d])/giu;
// Upper-case words in brackets that are abbreviations, not fill-in fields.
const ABBREVIATIONS = new Set(['GDPR', 'EU', 'EØS', 'EEA', 'ISAE', 'SOC', 'DPA', 'SCC', 'SCCS', 'CPR', 'CVR', 'DPF', 'UK', 'USA', 'EDPB', 'ISO']);

const rule: Rule = {
  meta: meta({
    id: 'unfilled-placeholder',
    description: 'Fill-in fields, option markers or template guidance are left in the contract',
    defaultSeverity: 'error',
    category: 'document',
    recommended: true,
  }),
  check(ctx) {
    const text = ctx.doc.segmented.norm.text;
    for (const hit of findPlaceholders(text)) {
      if (isMentioned(text, hit)) continue;
      const blankPartyField = isBlankControllerField(ctx, hit);
      ctx.report({
        message: `${hit.what} left in the contract: "${text.slice(hit.start, hit.end)}"${blankPartyField ? ' (a form field completed at signing)' : ''}`,
        clause: clauseIdAt(ctx, hit.start),
        offset: hit.start,
        severity: blankPartyField ? 'info' : undefined,
        evidence: quoteAround(text, hit.start, hit.end, 50),
        suggestion: blankPartyField ? 'Fill in the controller\u2019s details before signing.' : 'Fill in the field or choose the option, and remove the template\u2019s marker.',
      });
    }
  },
};

export function findPlaceholders(text: string): Hit[] {
  const hits: Hit[] = [];
  for (const m of text.matchAll(BRACKETS)) {
    const inner = m[1]!;
    if (/^\s*\d+\s*$/.test(inner) || /^sic$/i.test(inner.trim()) || ABBREVIATIONS.has(inner.trim())) continue;
    const upperWord = /[A-ZÀ-ÖØ-Þ]{3,}/u.test(inner) && inner === inner.toUpperCase();
    if (/^\s*valg\b/i.test(inner) || /^\s*option\b/i.test(inner)) hits.push({ start: m.index, end: m.index + m[0].length, what: 'Option marker' });
    else if (upperWord || PLACEHOLDER_WORDS.test(inner)) hits.push({ start: m.index, end: m.index + m[0].length, what: 'Fill-in field' });
  }
  for (const m of text.matchAll(TEMPLATE_VARS)) hits.push({ start: m.index, end: m.index + m[0].length, what: 'Template variable' });
  for (const m of text.matchAll(DUMMY)) hits.push({ start: m.index, end: m.index + m[0].length, what: 'Dummy value' });
  for (const m of text.matchAll(GUIDANCE_MARKERS)) hits.push({ start: m.index, end: m.index + m[0].length, what: 'Template guidance' });
  for (const m of text.matchAll(GUIDANCE_HEADING)) {
    const lead = m[0].length - m[0].trimStart().length;
    hits.push({ start: m.index + lead, end: m.index + m[0].length, what: 'Template guidance' });
  }
  for (const m of text.matchAll(UNDERSCORES)) {
    // A line of underscores by itself is a signature line, not a field to fill in.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd === -1 ? text.length : lineEnd).trim();
    if (/^_+$/.test(line) || /^_+\s*(underskrift|signature|sign)/iu.test(line)) continue;
    hits.push({ start: m.index, end: m.index + m[0].length, what: 'Blank field' });
  }
  return hits.sort((a, b) => a.start - b.start || a.end - b.end).filter((h, k, all) => k === 0 || h.start >= all[k - 1]!.end);
}

// "mark missing information with [MANGLER: ...]", "flags gaps as [TBD]": the marker is named, not left blank.
const NAMES_A_MARKER = /\b(?:marker[A-Za-zÀ-ÖØ-öø-ɏ]*|mark(?:s|ed|ing)?|tag(?:s|ged|ging)?|label(?:s|led|ling)?|flag(?:s|ged|ging)?|angiv[A-Za-zÀ-ÖØ-öø-ɏ]*|indicat[A-Za-zÀ-ÖØ-öø-ɏ]*)\b[^.\n[\]]{0,40}\b(?:med|with|as|som|by)\s*$/iu;

function isMentioned(text: string, hit: Hit): boolean {
  return NAMES_A_MARKER.test(text.slice(Math.max(0, hit.start - 60), hit.start));
}

// Before signing, a vendor's own template leaves the signature block and the customer's (controller's) details blank.
const FORM_LABEL = /(?:^|\n|\|)[^|\n]{0,40}\b(navn|stilling|titel|telefon|tlf|e-?mail|dato|underskrift|name|title|position|phone|address|adresse|date|signature|sted)\s*:?\s*\|?\s*$/iu;

// A signature or contact table laid out in a row: "Navn Stilling Telefonnummer E-mail Underskrift | […] […] …".
const FORM_HEADER_ROW = /^(?:\s*(?:navn|stilling|titel|telefon(?:nummer|nr\.?)?|tlf\.?|e-?mail|dato|underskrift|name|title|position|phone(?: number)?|address|adresse|date|signature|sted)\b){2,}\s*\|/iu;

function isBlankControllerField(ctx: RuleContext, hit: Hit): boolean {
  const text = ctx.doc.segmented.norm.text;
  const lineStart = text.lastIndexOf('\n', hit.start) + 1;
  if (FORM_LABEL.test(text.slice(lineStart, hit.start))) return true;
  if (FORM_HEADER_ROW.test(text.slice(lineStart, hit.start))) return true;
  if (/^\[(?:kommune|kunde|kunden|customer|controller|dataansvarlig)/iu.test(text.slice(hit.start, hit.end))) return true;
  const clause = clauseAt(ctx.doc, hit.start);
  if (clause && inFormSection(ctx, clause)) return true;
  if (clause && clause.kind !== 'front') return false;
  const before = text.slice(Math.max(0, hit.start - 250), hit.start).toLowerCase();
  const controllerAt = Math.max(
    before.lastIndexOf('dataansvarlig'),
    before.lastIndexOf('controller'),
    before.lastIndexOf('kunde'),
    before.lastIndexOf('customer'),
    before.lastIndexOf('kommune'),
  );
  const processorAt = Math.max(before.lastIndexOf('databehandler'), before.lastIndexOf('processor'), before.lastIndexOf('leverandør'), before.lastIndexOf('supplier'));
  const after = text.slice(hit.end, hit.end + 250).toLowerCase();
  const definesController = /herefter\s*["”“]?den dataansvarlige|\(?["”“]?the controller["”“]?\)?/u.test(after) && !/databehandleren/u.test(after.slice(0, after.search(/dataansvarlige|controller/u)));
  return controllerAt > processorAt || definesController;
}

// The signature block and the contact list (14.5, section 15) are forms the parties complete when they sign.
function inFormSection(ctx: RuleContext, clause: Clause): boolean {
  const sections = ctx.doc.segmented.clauses.filter((c) => (c.kind === 'section' || c.kind === 'annex') && c.start <= clause.start);
  const section = sections[sections.length - 1];
  const titles = `${clause.title ?? ''} ${section?.title ?? ''} ${clause.text.slice(0, 40)}`;
  return /underskrift|kontaktperson|signatur|signature|contact person/iu.test(titles);
}

function clauseIdAt(ctx: RuleContext, offset: number): string | null {
  const c = clauseAt(ctx.doc, offset);
  return c ? (templateClauseAt(ctx.doc, c, offset)?.id ?? c.id) : null;
}

export default rule;
