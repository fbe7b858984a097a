// A sub-processor or processing location outside the EU/EEA while Bilag C.6 gives no instruction and no Chapter V basis
// for the transfer, or forbids transfers (clauses 8.1, 8.3, 8.4; GDPR Art. 28(3)(a), 44–46).
import type { Rule } from '../src/engine/types.js';
import type { Evidence, TransfersField } from '../src/fields/index.js';
import { meta } from './lib/shared.js';
import { fields, onDatatilsynetTemplate } from './lib/values.js';

interface Destination {
  what: string;
  country: string | null;
  countryCode: string | null;
  region: 'eu-eea' | 'adequacy' | 'third-country' | null;
  hint: string | null;
  basis: string | null;
  evidence: Evidence;
}

const BASIS_WORDS: Record<string, string> = {
  scc: 'standard contractual clauses',
  dpf: 'the EU-U.S. Data Privacy Framework',
  adequacy: 'an adequacy decision',
  bcr: 'binding corporate rules',
  derogation: 'an Art. 49 derogation',
};

function describeInstruction(t: TransfersField): string {
  switch (t.instruction) {
    case 'none':
      return 'C.6 allows no transfers to third countries';
    case 'blanket':
      return t.allowsListedSubprocessors ? 'C.6 allows transfers to the listed sub-processors but names no transfer basis' : 'C.6 allows transfers but names no transfer basis';
    case 'unspecified':
      return 'the DPA gives no transfer instruction';
    default:
      return `C.6 names ${t.bases.map((b) => BASIS_WORDS[b]).join(' and ')}`;
  }
}

/** The basis that covers a destination, or null. */
function covered(t: TransfersField, d: Destination): string | null {
  const own = d.basis ?? '';
  if (/(?<![A-Za-zÀ-ÖØ-öø-ɏ])SCC|standard[ \t]contractual|standardkontrakt|standardbestemmelser/iu.test(own)) return BASIS_WORDS.scc!;
  if (/privacy[ \t]framework|(?<![A-Za-zÀ-ÖØ-öø-ɏ])DPF/iu.test(own) && d.countryCode === 'US') return BASIS_WORDS.dpf!;
  if (t.instruction === 'none') return null;
  if (t.bases.includes('scc')) return BASIS_WORDS.scc!;
  if (t.bases.includes('bcr')) return BASIS_WORDS.bcr!;
  if (t.bases.includes('dpf') && d.countryCode === 'US') return BASIS_WORDS.dpf!;
  return null;
}

const rule: Rule = {
  meta: meta({
    id: 'third-country-transfer',
    description: 'A sub-processor or processing location is outside the EU/EEA without a transfer instruction and basis in C.6',
    defaultSeverity: 'error',
    category: 'values',
    recommended: true,
  }),
  check(ctx) {
    const f = fields(ctx);
    if (!f) return;
    const t = f.transfers;
    const destinations: Destination[] = [
      ...f.subprocessors.entries.map((e) => ({
        what: `sub-processor "${e.name ?? e.description ?? '?'}"`,
        country: e.country,
        countryCode: e.countryCode,
        region: e.region,
        hint: e.countrySource === 'company-form' ? e.countryHint : null,
        // A list without a basis column may still say it in the description ("(DPF-certificeret)").
        basis: [e.transferBasis, e.description].filter(Boolean).join(' ') || null,
        evidence: e.evidence,
      })),
      ...f.processingLocations.entries.map((l) => ({
        what: `processing location "${l.text}"`,
        country: l.country,
        countryCode: l.countryCode,
        region: l.region,
        hint: null,
        basis: null,
        evidence: l.evidence,
      })),
    ];
    const reported = new Set<string>();
    for (const d of destinations) {
      if (d.region === 'eu-eea') continue;
      // One finding per sub-processor and country (a list may name the same company for several services).
      const key = `${d.what}|${d.countryCode ?? d.hint ?? ''}`;
      if (reported.has(key)) continue;
      reported.add(key);
      const where = d.country ?? d.countryCode ?? '';
      if (d.region === 'adequacy') {
        ctx.report({
          clause: 'C.6',
          offset: d.evidence.offset,
          evidence: d.evidence.quote,
          message: `The ${d.what} is in ${where}, outside the EU/EEA; the transfer rests on the Commission's adequacy decision for ${where}`,
          expected: 'a transfer basis under GDPR Chapter V',
          actual: `adequacy decision (${where})`,
          suggestion: `Record the adequacy decision for ${where} as the basis in C.6 and review it if the decision is withdrawn.`,
          severity: 'info',
        });
        continue;
      }
      if (d.region === 'third-country') {
        const basis = covered(t, d);
        if (basis) continue;
        const dpfOnly = d.countryCode === 'US' && t.bases.includes('adequacy') && t.instruction !== 'none';
        ctx.report({
          clause: 'C.6',
          offset: d.evidence.offset,
          evidence: d.evidence.quote,
          message: dpfOnly
            ? `The ${d.what} is in the United States: the adequacy decision covers only organisations certified under the Data Privacy Framework, and the DPA does not say it is`
            : `The ${d.what} is in ${where}, a third country, but ${describeInstruction(t)}`,
          expected: 'a documented transfer instruction with a Chapter V basis (SCC, DPF certification, BCR) in C.6',
          actual: describeInstruction(t),
          suggestion: `Add the transfer to C.6 with its basis (e.g. the Commission's standard contractual clauses), or use a sub-processor that processes the data inside the EU/EEA.`,
          // Transfers allowed but no basis named, or a DPA outside the template that says nothing on transfers: the
          // basis may exist elsewhere (warning); C.6 forbidding transfers, or an empty C.6 on the template, is an error.
          severity: dpfOnly || t.instruction === 'blanket' || (t.instruction === 'unspecified' && !onDatatilsynetTemplate(ctx)) ? 'warning' : undefined,
        });
        continue;
      }
      // Only a company form ("Inc.", "LLC") hints at the United States: say so, but as information.
      if (d.hint === 'US' && (t.instruction === 'none' || t.instruction === 'unspecified' || t.instruction === 'blanket')) {
        ctx.report({
          clause: 'C.6',
          offset: d.evidence.offset,
          evidence: d.evidence.quote,
          message: `The ${d.what} has a US company form and no stated location; if it processes data outside the EU/EEA, ${describeInstruction(t)}`,
          expected: 'the sub-processor\'s location, and a transfer basis if it is outside the EU/EEA',
          actual: 'location not stated',
          suggestion: 'State where the sub-processor processes the data; if outside the EU/EEA, add the transfer and its basis to C.6.',
          severity: 'info',
        });
      }
    }
  },
};

export default rule;
