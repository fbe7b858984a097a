// Does a text read as a contract at all? The checklist reports every Art. 28 element a DPA lacks; on a README, a list
// of sources or a cover letter that lands in a batch, that is 23 errors about a document that never was a DPA. A text
// reads as a contract when a title names a DPA or when its sentences put obligations on the parties.
import { splitSentences } from './sentences.js';

/** A title naming a data processing agreement (singular "DPA": "DPAs" names a collection of them). */
const DPA_TITLE =
  /\b(?:data processing (?:agreement|addendum|terms|exhibit|schedule)|processor (?:terms|agreement)|DPA\b|databehandler(?:aftale|tillæg|vilkår)[A-Za-zÀ-ÖØ-öø-ɏ]*|data protection (?:agreement|addendum))/iu;
const PARTY = /\b(?:(?:sub-?)?processors?|controllers?|suppliers?|vendors?|providers?|customers?|clients?|licensees?|licensors?|data (?:importer|exporter)|(?:under)?databehandler[A-Za-zÀ-ÖØ-öø-ɏ]*|dataansvarlig[A-Za-zÀ-ÖØ-öø-ɏ]*|leverandør[A-Za-zÀ-ÖØ-öø-ɏ]*|kunde[A-Za-zÀ-ÖØ-öø-ɏ]*|parte[nr][A-Za-zÀ-ÖØ-öø-ɏ]*|part(?:ies|y))\b/iu;
const OBLIGATION = /\b(?:shall|must|will|may not|agrees?|undertakes?|warrants?|is obliged|skal|må(?: ikke)?|forpligter|påtager sig|er forpligtet)\b/iu;

/** A title stands in the first lines (a cover page or the parties may come first), on a line of its own. */
const TITLE_LINES = 8;
const TITLE_MAX = 150;
/** Obligations of the parties that make a text a contract, not a document about contracts. */
const MIN_OBLIGATIONS = 3;

export function readsAsContract(text: string): boolean {
  const firstLines = text
    .split('\n', 200)
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(0, TITLE_LINES);
  // Not a table row: a file list names DPAs without being one.
  if (firstLines.some((l) => l.length <= TITLE_MAX && !l.includes('|') && DPA_TITLE.test(l))) return true;
  let obligations = 0;
  for (const sentence of splitSentences(text)) {
    if (PARTY.test(sentence.text) && OBLIGATION.test(sentence.text) && ++obligations >= MIN_OBLIGATIONS) return true;
  }
  return false;
}
