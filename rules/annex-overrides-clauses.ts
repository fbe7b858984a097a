// An annex or other term that disapplies or overrides the Clauses. Clause 13.1 lets the parties agree other terms only
// "så længe disse andre bestemmelser ikke direkte eller indirekte strider imod Bestemmelserne", and clause 2.4 gives the
// Clauses precedence over other agreements.
import type { Rule } from '../src/engine/types.js';
import { FieldDoc, sourceFromLintDocument } from '../src/fields/view.js';
import { meta, quote } from './lib/shared.js';

const NUM = String.raw`\d{1,2}(?:\.\d{1,2}){0,2}\.?`;
const LIST = String.raw`${NUM}(?:[ \t]{0,2}(?:,|og|samt|and|&|-|–|to|til)[ \t]{0,2}${NUM}){0,6}`;
// "Punkt 7. og 8. i aftalen bortfalder", "Bestemmelse 12.1 finder ikke anvendelse", "Clause 9 shall not apply".
const DISAPPLY_RE = new RegExp(
  String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:punkt(?:erne)?|pkt\.?|bestemmelse(?:rne)?|bestemmelsernes[ \t]punkt|afsnit(?:tene)?|klausul(?:erne)?|§|clauses?|sections?|paragraphs?)[ \t]{1,3}(${LIST})[ \t]{0,3}(?:(?:i|af|of)[ \t]{1,3}(?:aftalen|bestemmelserne|databehandleraftalen|standardkontraktsbestemmelserne|this[ \t]{1,3}(?:dpa|agreement|addendum)|these[ \t]{1,3}clauses|the[ \t]{1,3}(?:dpa|clauses))[ \t]{0,3})?(?:bortfalder|udgår|finder[ \t]{1,3}ikke[ \t]{1,3}anvendelse|gælder[ \t]{1,3}ikke|er[ \t]{1,3}ikke[ \t]{1,3}gældende|skal[ \t]{1,3}ikke[ \t]{1,3}(?:gælde|finde[ \t]{1,3}anvendelse)|tilsidesættes|fraviges|annulleres|erstattes[ \t]{1,3}af|(?:shall|does|do|will)[ \t]{1,3}not[ \t]{1,3}apply|(?:is|are)[ \t]{1,3}(?:hereby[ \t]{1,3})?(?:deleted|disapplied|excluded|replaced[ \t]{1,3}by|superseded))`,
  'giu',
);
// "I tilfælde af uoverensstemmelse har hovedaftalen forrang", "the Agreement shall prevail over this DPA".
const PRECEDENCE_RE =
  /(?:har|skal)[ \t]{1,3}(?:hovedaftalen|leveringsaftalen|forretningsbetingelserne|vilkårene)[ \t]{1,3}(?:have[ \t]{1,3})?forrang|(?:hovedaftalen|hovedaftale|leveringsaftalen|forretningsbetingelserne|vilkårene|the[ \t]{1,3}(?:main[ \t]{1,3}|master[ \t]{1,3}|service[ \t]{1,3})?(?:agreement|terms(?:[ \t]{1,3}of[ \t]{1,3}service)?))[ \t]{1,3}(?:har|skal[ \t]{1,3}have|shall|will|takes?|has)[ \t]{1,3}(?:forrang|præcedens|prevail|take[ \t]{1,3}precedence|precedence)(?![ \t]{1,3}(?:medmindre|unless))/iu;
// The Clauses having precedence (clause 2.4, seed 001's D.9) is the opposite and fine.
const CLAUSES_FIRST_RE = /(?:disse[ \t]{1,3}bestemmelser|bestemmelserne|databehandleraftalen|this[ \t]{1,3}(?:dpa|addendum)|these[ \t]{1,3}clauses)[ \t]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t]{1,3}){0,3}(?:forrang|prevail|precedence)/iu;

const rule: Rule = {
  meta: meta({
    id: 'annex-overrides-clauses',
    description: 'An annex or other term disapplies or overrides the standard clauses',
    defaultSeverity: 'error',
    category: 'values',
    recommended: true,
  }),
  check(ctx) {
    // "Clause 7 does not apply" is a legitimate option choice in other clause sets (the Commission's SCCs); the rule
    // reads the Datatilsynet clauses, whose clause 13.1 forbids other terms that contradict them.
    if (!ctx.doc.template?.id.startsWith('datatilsynet')) return;
    const fd = new FieldDoc(sourceFromLintDocument(ctx.doc));
    const annexStart = fd.annexStart();
    const annexes = fd.annexHeadings();
    const where = (offset: number): string | null => {
      const h = fd.headings().find((x) => offset >= x.start && offset < x.end);
      if (h) return h.letter;
      const a = annexes.filter((x) => x.start <= offset).pop();
      if (a && annexStart !== null && offset >= annexStart) return a.letter;
      return fd.clauseIdAt(offset);
    };
    for (const s of fd.sentences()) {
      const text = fd.text.slice(s.start, s.end);
      DISAPPLY_RE.lastIndex = 0;
      const m = DISAPPLY_RE.exec(text);
      // A reference to the annex's own item ("Bestemmelsen bortfalder", "punktet bortfalder") names no clause number.
      if (m) {
        const at = where(s.start);
        const numbers = m[1]!.replace(/\.(?=\s|$)/g, '').replace(/[ \t]*(?:og|samt|&)[ \t]*/g, ' and ').replace(/[ \t]*,[ \t]*/g, ', ');
        ctx.report({
          clause: at,
          offset: s.start,
          evidence: quote(fd.text, s.start, s.end),
          message: `${at && /^[A-D]$/.test(at) ? `Bilag ${at}` : 'A term of the agreement'} disapplies ${/[,&–-]|and|to|til/.test(numbers) ? 'clauses' : 'clause'} ${numbers} of the Clauses, which clause 13.1 does not allow`,
          expected: 'other terms that do not contradict the Clauses (clause 13.1)',
          actual: quote(text, m.index, m.index + m[0].length),
          suggestion: 'Delete the term. If a clause does not fit the processing, record the facts in the annexes (e.g. "no sub-processors are used" in Bilag B) instead of disapplying the clause.',
        });
        continue;
      }
      if (PRECEDENCE_RE.test(text) && !CLAUSES_FIRST_RE.test(text)) {
        const at = where(s.start);
        ctx.report({
          clause: at,
          offset: s.start,
          evidence: quote(fd.text, s.start, s.end),
          message: 'Another agreement is given precedence over the Clauses, contrary to clauses 2.4 and 13.1',
          expected: 'the Clauses prevail over other agreements (clause 2.4)',
          actual: quote(text, 0, text.length, 120),
          suggestion: 'Give the Clauses precedence, or limit the other agreement to terms that do not touch data protection.',
        });
      }
    }
  },
};

export default rule;
