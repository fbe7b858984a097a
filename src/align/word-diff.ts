// Word-level comparison of a document clause against a template clause's canonical text.
// Slots are wildcards: the document words standing where a slot is are the slot's value, not a change.
import { diffArrays } from 'diff';
import { distance } from 'fastest-levenshtein';
import type { WordChange } from './types.js';
import { CONDITIONS, FUNCTION_WORDS, MODALS, NEGATIONS, STATUTORY_RESTATEMENTS, EQUIVALENT_PHRASES, isNumberWord, type SubstantiveReason } from './lexicon.js';
import type { TemplateToken } from './template-tokens.js';
import type { Token } from './tokens.js';

export interface LocatedChange extends WordChange {
  /** Index of the template token where the change sits (to attribute it when clauses were merged). */
  tplIndex: number;
}

export interface ClauseDiff {
  changes: LocatedChange[];
  slots: Array<{ name: string; value: string; tplIndex: number }>;
  /** Per template token: found unchanged in the document. */
  matchedAt: boolean[];
  redline: string;
  /** Fixed template words found unchanged in the document. */
  matched: number;
  /** Fixed template words. */
  fixed: number;
  /** Document words outside slot values. */
  docWords: number;
  /** Too different to compare word by word (MAX_EDIT_LENGTH): one change, the whole template side replaced. */
  rewritten?: boolean;
}

interface Run {
  removed: TemplateToken[];
  added: Token[];
  /** Document offset where the run sits. */
  at: number;
  tplIndex: number;
}

const CONTEXT_WORDS = 6;

/**
 * Most word edits a comparison looks for. Myers' diff costs about (N + M) × D for D edits, so a 1-2 MB paragraph
 * (200,000 words) against a clause, or against every clause merged into it, took minutes. Beyond this the two texts
 * are reported as rewritten; a comparison that spends the whole budget costs ~0.3 s. The largest comparison in the
 * corpus needs fewer than 800 edits.
 */
export const MAX_EDIT_LENGTH = 2_000;

export function diffClause(template: TemplateToken[], doc: Token[], text: string): ClauseDiff {
  // Every edit script needs at least |M - N| edits: past the cap, skip the search itself.
  const parts =
    Math.abs(doc.length - template.length) > MAX_EDIT_LENGTH
      ? undefined
      : diffArrays(
          template.map((t) => t.key),
          doc.map((t) => t.key),
          { maxEditLength: MAX_EDIT_LENGTH },
        );
  if (!parts) return rewritten(template, doc, text);
  const changes: LocatedChange[] = [];
  const slots: ClauseDiff['slots'] = [];
  const matchedAt = new Array<boolean>(template.length).fill(false);
  const red: string[] = [];
  let i = 0;
  let j = 0;
  let matched = 0;
  let slotWords = 0;
  let run: Run | null = null;

  // beforeFixed: the run is followed by matched template text (not the clause's end).
  const flush = (beforeFixed: boolean) => {
    if (!run) return;
    const { removed, added } = run;
    const slotTokens = removed.filter((t) => t.slot);
    if (slotTokens.length > 0) {
      const value = added.length ? slotValue(text, added[0]!.start, added[added.length - 1]!.end) : '';
      for (const s of slotTokens) slots.push({ name: s.slot!, value, tplIndex: run.tplIndex + run.removed.indexOf(s) });
      slotWords += added.length;
      const lostFixed = removed.filter((t) => !t.slot);
      // A slot may swallow a word or two of the fixed text around it; more than that is a deletion of its own.
      if (lostFixed.filter((t) => !FUNCTION_WORDS.has(t.text.toLowerCase())).length >= 3) {
        pushChange(changes, lostFixed, [], run.at, run.tplIndex);
        red.push(`[-${words(lostFixed)}-]`);
      }
      if (added.length) red.push(value);
    } else {
      // Between two matched words of the fixed text, away from any slot: the standard sentence itself was edited.
      const previous = template[run.tplIndex - 1];
      const next = template[run.tplIndex + removed.length];
      const withinFixedText = beforeFixed && previous !== undefined && !previous.slot && next !== undefined && !next.slot && removed.every((t) => !t.slot);
      pushChange(changes, removed, added, run.at, run.tplIndex, withinFixedText);
      if (removed.length) red.push(`[-${words(removed)}-]`);
      if (added.length) red.push(`{+${span(text, added)}+}`);
    }
    run = null;
  };

  for (const part of parts) {
    const n = part.count ?? part.value.length;
    if (part.removed) {
      run ??= { removed: [], added: [], at: doc[j]?.start ?? doc[doc.length - 1]?.end ?? 0, tplIndex: i };
      for (let k = i; k < Math.min(i + n, template.length); k++) run.removed.push(template[k]!); // no push(...): a long run overflows the stack
      i += n;
    } else if (part.added) {
      run ??= { removed: [], added: [], at: doc[j]?.start ?? 0, tplIndex: i };
      for (let k = j; k < Math.min(j + n, doc.length); k++) run.added.push(doc[k]!);
      j += n;
    } else {
      flush(true);
      red.push(elide(text, doc.slice(j, j + n), red.length === 0, i + n >= template.length));
      matched += n;
      matchedAt.fill(true, i, i + n);
      i += n;
      j += n;
    }
  }
  flush(false);
  return {
    changes,
    slots,
    matchedAt,
    redline: changes.length ? red.filter((s) => s !== '').join(' ') : '',
    matched,
    fixed: template.filter((t) => !t.slot).length,
    docWords: doc.length - slotWords,
  };
}

/** Too different to compare word by word: one change, the whole clause replaced, nothing matched. */
function rewritten(template: TemplateToken[], doc: Token[], text: string): ClauseDiff {
  const fixed = template.filter((t) => !t.slot);
  const change: LocatedChange = {
    kind: fixed.length && doc.length ? 'replaced' : fixed.length ? 'removed' : 'added',
    before: words(fixed),
    // The document side can be a megabyte: quote its start, as a redline would.
    after: words(doc.slice(0, REWRITTEN_QUOTE_WORDS)) + (doc.length > REWRITTEN_QUOTE_WORDS ? ' …' : ''),
    substantive: true,
    reason: 'rewritten',
    start: doc[0]?.start ?? 0,
    end: doc[doc.length - 1]?.end ?? 0,
    tplIndex: 0,
  };
  const redline = [fixed.length ? `[-${change.before}-]` : '', doc.length ? `{+${change.after}+}` : ''].filter(Boolean).join(' ');
  return {
    changes: fixed.length || doc.length ? [change] : [],
    slots: [],
    matchedAt: new Array<boolean>(template.length).fill(false),
    redline,
    matched: 0,
    fixed: fixed.length,
    docWords: doc.length,
    rewritten: true,
  };
}

const REWRITTEN_QUOTE_WORDS = 40;

// A value written as "[KATEGORIER]" keeps its brackets, so a placeholder left in a slot stays recognisable.
function slotValue(text: string, start: number, end: number): string {
  const open = text[start - 1];
  const close = text[end];
  const pairs: Record<string, string> = { '[': ']', '{': '}', '<': '>', '(': ')' };
  if (open && close && pairs[open] === close) return text.slice(start - 1, end + 1);
  return text.slice(start, end);
}

function words(tokens: Array<{ text: string }>): string {
  return tokens.map((t) => t.text).join(' ');
}

// Long unchanged stretches are shortened so a redline shows the change with a little context. Document words are quoted
// from the document itself, punctuation included.
function elide(text: string, tokens: Token[], atStart: boolean, atEnd: boolean): string {
  const keepHead = atStart ? 0 : CONTEXT_WORDS;
  const keepTail = atEnd ? 0 : CONTEXT_WORDS;
  if (tokens.length <= keepHead + keepTail + 1) return span(text, tokens);
  const head = span(text, tokens.slice(0, keepHead));
  const tail = span(text, tokens.slice(tokens.length - keepTail));
  return [head, '…', tail].filter(Boolean).join(' ');
}

function span(text: string, tokens: Token[]): string {
  if (tokens.length === 0) return '';
  return text.slice(tokens[0]!.start, tokens[tokens.length - 1]!.end).replace(/\s+/g, ' ');
}

function pushChange(out: LocatedChange[], removed: TemplateToken[], added: Token[], at: number, tplIndex: number, withinFixedText = false): void {
  if (removed.length === 0 && added.length === 0) return;
  const reason = classify(
    removed.map((t) => t.text.toLowerCase()),
    added.map((t) => t.text.toLowerCase()),
  );
  out.push({
    kind: removed.length && added.length ? 'replaced' : removed.length ? 'removed' : 'added',
    before: words(removed),
    after: words(added),
    substantive: reason !== null,
    reason,
    withinFixedText,
    start: added.length ? added[0]!.start : at,
    end: added.length ? added[added.length - 1]!.end : at,
    tplIndex,
  });
}

/** Why a change alters meaning, or null when it is cosmetic (spelling, inflection, a function word). */
export function classify(removed: string[], added: string[]): SubstantiveReason | null {
  if (isSpellingVariant(removed, added) || removed.join('') === added.join('')) return null;
  // "9.2" → "10.2": a renumbered cross-reference, which the cross-reference rule judges against the numbering.
  if (removed.length === added.length && removed.length > 0 && [...removed, ...added].every((w) => CLAUSE_ID.test(w))) return null;
  // Word for word the same but for an annex named under its parent ("bilag A" → "bilag 1.A") or a footnote mark
  // glued to a word ("medlemsstaternes" → "medlemsstaternes1").
  if (removed.length === added.length && removed.length > 0 && removed.every((w, k) => w === added[k] || isRenamedOrMarked(w, added[k]!))) return null;
  const restated = added.join(' ').replace(STATUTORY_RESTATEMENTS, ' ').trim();
  if (restated !== added.join(' ')) return classify(removed, restated ? restated.split(/\s+/) : []);
  const before = removed.join(' ');
  if (EQUIVALENT_PHRASES.some((re) => re.test(before) && re.test(restated))) return null;
  const removedContent = removed.filter(isContentWord);
  const addedContent = added.filter(isContentWord);
  const gained = (set: Set<string>) => added.some((w) => set.has(w) && !removed.includes(w));
  const lost = (set: Set<string>) => removed.some((w) => set.has(w) && !added.includes(w));
  // "bilag A og C" → "bilag A, C og D": one letter brings a whole annex (here the main agreement) into the clause.
  if (gained(REFERENCE_LETTERS) || lost(REFERENCE_LETTERS)) return 'changed reference';
  // Only a pointer dropped ("i henhold til Bestemmelse 6.3", typical of a DPA that numbers nothing): the duty stays,
  // and where the pointer should lead is the cross-reference rule's concern.
  if (added.length === 0 && removed.some(isReferenceId) && removed.every((w) => isReferenceId(w) || REFERENCE_WORDS.has(w) || FUNCTION_WORDS.has(w))) return null;
  if (added.length === 0) {
    // A word or two dropped around a negation or modal verb changes the obligation; a longer deletion is a deletion.
    if (lost(NEGATIONS)) return 'removed negation';
    if (removed.length <= 2 && lost(MODALS)) return 'changed modal verb';
    return removedContent.length > 0 || lost(MODALS) ? 'deleted text' : null;
  }
  if (removed.length === 0) {
    if (gained(NEGATIONS)) return 'added negation';
    if (gained(CONDITIONS)) return 'inserted condition';
    if (added.some(isNumberWord)) return 'changed number';
    if (gained(MODALS)) return 'changed modal verb';
    return addedContent.length >= 2 ? 'inserted text' : null;
  }
  if (removedContent.length >= 4 && addedContent.length >= 4) return 'rewritten';
  const numbersBefore = removed.filter(isNumberWord).sort().join(' ');
  const numbersAfter = added.filter(isNumberWord).sort().join(' ');
  if (numbersBefore !== numbersAfter) return 'changed number';
  if (gained(NEGATIONS)) return 'added negation';
  if (lost(NEGATIONS)) return 'removed negation';
  if (setKey(removed.filter((w) => MODALS.has(w))) !== setKey(added.filter((w) => MODALS.has(w)))) return 'changed modal verb';
  if (gained(CONDITIONS)) return 'inserted condition';
  if (removedContent.length === 0 && addedContent.length === 0) return null;
  return 'reworded';
}

const CLAUSE_ID = /^\d{1,2}(?:\.\d{1,2})+\.?$|^[a-d]$/u;
function isRenamedOrMarked(template: string, doc: string): boolean {
  if (/^[a-d]$/.test(template)) return /^\d{1,2}\.[a-d]$/.test(doc) && doc.endsWith(`.${template}`);
  return template.length >= 4 && doc.startsWith(template) && /^\d{1,2}$/.test(doc.slice(template.length));
}

const REFERENCE_WORDS = new Set(['bestemmelse', 'bestemmelserne', 'bestemmelsernes', 'bilag', 'clause', 'clauses', 'annex', 'section', 'punkt', 'henhold', 'jf', 'jf.', 'cf', 'pursuant', 'according', 'under']);

function isReferenceId(w: string): boolean {
  return /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[a-d]\.\d{1,2}\.?|\d{1,2}(?:\.\d{1,2}){0,2}\.[a-j]\.?)$/u.test(w);
}

// Letters that name an annex ("bilag B") or a litra ("litra f"). Not "a" or "i", which are also words.
const REFERENCE_LETTERS = new Set(['b', 'c', 'd', 'e', 'f', 'g', 'h']);

function isContentWord(w: string): boolean {
  return !FUNCTION_WORDS.has(w) && w.length > 1;
}

function setKey(ws: string[]): string {
  return [...new Set(ws)].sort().join(' ');
}

// Word for word, each pair differs only as a typo or an inflection would ("unødigt"/"unødig", "nærmeret"/"nærmere").
function isSpellingVariant(removed: string[], added: string[]): boolean {
  if (removed.length === 0 || removed.length !== added.length) return false;
  return removed.every((a, k) => {
    const b = added[k]!;
    if (a === b) return true;
    if (isNumberWord(a) || isNumberWord(b) || NEGATIONS.has(a) || NEGATIONS.has(b) || MODALS.has(a) || MODALS.has(b)) return false;
    const shorter = Math.min(a.length, b.length);
    return shorter >= 5 ? distance(a, b) <= 2 : shorter >= 4 && distance(a, b) <= 1;
  });
}
