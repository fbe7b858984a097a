// Watermarks and draft marks: a text marked FORHÅNDSVISNING, UDKAST, KLADDE or DRAFT is not the final agreement.
import type { Report, Rule } from '../src/engine/types.js';
import { meta, quoteAround } from './lib/shared.js';

const MARKERS = ['FORHÅNDSVISNING', 'UDKAST', 'KLADDE', 'DRAFT', 'PREVIEW', 'UTKAST', 'ENTWURF'];
// Upper-case marker words standing on their own: "draft" in running English text is a verb or an adjective, not a mark.
const IN_TEXT = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(${MARKERS.join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'gu');

/** How far into the text a status line may stand: after a title and a version line, before the clauses. */
const STATUS_WINDOW = 600;
/** A paragraph that opens with the mark and a separator: a status, not a sentence about drafts ("Draft versions …"). */
const STATUS_LINE = /(?:^|\n\n)[ \t]*(Udkast|Kladde|Draft|Utkast|Entwurf)([ \t]*(?:[.:·|–—]|-[ \t]))/u;

const rule: Rule = {
  meta: meta({
    id: 'draft-marker',
    description: 'The document carries a watermark or draft mark',
    defaultSeverity: 'warning',
    category: 'document',
    recommended: true,
  }),
  check(ctx) {
    const norm = ctx.doc.segmented.norm;
    const found = new Map<string, { count: number; first: Omit<Report, 'message'> }>();
    const note = (marker: string, first: Omit<Report, 'message'>) => {
      const entry = found.get(marker);
      if (entry) entry.count++;
      else found.set(marker, { count: 1, first });
    };
    for (const r of norm.removed) {
      if (r.kind === 'watermark') note(r.text.trim().toUpperCase(), { position: r.position, evidence: r.text.trim() });
    }
    for (const n of ctx.doc.extracted.notes) {
      if (n.kind === 'watermark') note(n.text.trim().toUpperCase(), { position: n.position ?? undefined, evidence: n.text.trim() });
    }
    // "Udkast til databehandleraftale" as the document's title: the ordinary-case draft mark.
    const title = /^\s*(udkast|kladde|draft|utkast|entwurf)\b/iu.exec(norm.text.slice(0, 200));
    if (title) note(title[1]!.toUpperCase(), { offset: title.index + title[0].length - title[1]!.length, evidence: quoteAround(norm.text, 0, 80, 0) });
    // A status line near the top: "Udkast · version 1.0 · 14. august", "Udkast. Teksten skal gennemgås …", "Draft: …".
    else {
      const status = STATUS_LINE.exec(norm.text.slice(0, STATUS_WINDOW));
      if (status) {
        const at = status.index + status[0].length - status[1]!.length - status[2]!.length;
        note(status[1]!.toUpperCase(), { offset: at, evidence: quoteAround(norm.text, at, at + status[1]!.length, 60) });
      }
    }
    for (const m of norm.text.matchAll(IN_TEXT)) {
      note(m[1]!, { offset: m.index, evidence: quoteAround(norm.text, m.index, m.index + m[0].length, 40) });
    }
    for (const [marker, { count, first }] of [...found].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
      ctx.report({
        ...first,
        clause: null,
        message: `The document is marked "${marker}"${count > 1 ? ` (${count} times)` : ''}: it is a draft or preview, not the final text`,
        suggestion: 'Lint and sign the final version of the agreement.',
      });
    }
  },
};

export default rule;
