// What happens to the data when the service ends (template 11.1, GDPR Art. 28(3)(g)): delete, return, or either.
import { evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc } from './view.js';

export type DeletionChoice = 'delete' | 'return' | 'delete-or-return' | 'controller-choice';

export interface DeletionField {
  choice: DeletionChoice | null;
  evidence: Evidence | null;
}

const TERMINATION_RE = /(?:ved[ \t\n]{1,3}ophør|efter[ \t\n]{1,3}ophør|upon[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:termination|expiry|expiration|end)|on[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:termination|expiry)|after[ \t\n]{1,3}the[ \t\n]{1,3}end|following[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:termination|expiry))/iu;
const DELETE_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:slette|slettes|sletning|delete|deletion|destroy|erase)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const RETURN_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:tilbagelevere|tilbageleveres|tilbagelevering|returnere|returneres|return|hand[ \t\n]{1,3}over)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const CHOICE_RE = /(?:efter[ \t\n]{1,3}den[ \t\n]{1,3}dataansvarliges[ \t\n]{1,3}valg|den[ \t\n]{1,3}dataansvarliges[ \t\n]{1,3}(?:valg|anvisning|instruks)|at[ \t\n]{1,3}the[ \t\n]{1,3}(?:choice|option|election|request|direction)[ \t\n]{1,3}of|at[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:controller|customer)'?s[ \t\n]{1,3}(?:choice|option|election|discretion|request|direction)|as[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:controller|customer)[ \t\n]{1,3}(?:may[ \t\n]{1,3})?(?:elect|choose|instruct))/iu;
// Template alternative 2: "tilbagelevere alle personoplysningerne og slette eksisterende kopier" — return, then delete copies.
const RETURN_THEN_DELETE_RE = /tilbagelevere[ \t\n]{1,3}alle[ \t\n]{1,3}personoplysningerne[ \t\n]{1,3}og[ \t\n]{1,3}slette|return[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,4}and[ \t\n]{1,3}(?:then[ \t\n]{1,3})?delete[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,2}(?:existing[ \t\n]{1,3})?copies/iu;
const EITHER_RE = /(?:tilbagelevere|returnere|slette)[ \t\n]{1,3}eller[ \t\n]{1,3}(?:slette|tilbagelevere|returnere)|(?:delete|return|destroy)[ \t\n]{1,3}or[ \t\n]{1,3}(?:delete|return|destroy)/iu;

/** Classify one sentence about the end of processing. */
export function parseDeletion(text: string): DeletionChoice | null {
  const del = DELETE_RE.test(text);
  const ret = RETURN_RE.test(text);
  if (!del && !ret) return null;
  if (CHOICE_RE.test(text) && (del || ret)) return 'controller-choice';
  if (RETURN_THEN_DELETE_RE.test(text)) return 'return';
  if (EITHER_RE.test(text)) return 'delete-or-return';
  if (ret && !del) return 'return';
  if (del && !ret) return 'delete';
  return 'delete-or-return';
}

export function extractDeletion(fd: FieldDoc): DeletionField {
  const aligned = fd.aligned('11.1');
  const candidates = aligned ? fd.sentences(aligned) : [];
  for (const s of [...candidates, ...fd.sentences()]) {
    const text = fd.text.slice(s.start, s.end);
    if (!TERMINATION_RE.test(text)) continue;
    // The data must be the object: "personoplysninger", "personal data", "data".
    if (!/personoplysning|persondata|personal[ \t\n]{1,3}data|(?<![A-Za-zÀ-ÖØ-öø-ɏ])data(?![A-Za-zÀ-ÖØ-öø-ɏ])|oplysninger/iu.test(text)) continue;
    const choice = parseDeletion(text);
    if (choice) return { choice, evidence: evidenceAt(fd.text, s.start, s.end, fd.clauseIdAt(s.start) ?? '11.1') };
  }
  return { choice: null, evidence: null };
}
