// How long the processor keeps data (template Bilag C.4), in particular after the service ends or after the
// controller asks for deletion — backups included (Art. 28(3)(g): delete or return at the end, unless the law requires storage).
import { findDurations } from './durations.js';
import { evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc } from './view.js';

export type RetentionTrigger = 'termination' | 'deletion' | 'other';

export interface RetentionPeriod {
  /** Calendar days (additional periods — "i yderligere 90 dage" — added to the one before them). */
  days: number;
  trigger: RetentionTrigger;
  /** The period concerns backups. */
  backup: boolean;
  /** The sentence names a legal requirement for keeping the data (a statute, "lovgivning", "required by law"). */
  legalRequirement: boolean;
  text: string;
  evidence: Evidence;
}

export interface RetentionField {
  periods: RetentionPeriod[];
  /** C.4 keeps data until the controller asks for deletion (the template's example). */
  untilRequest: boolean;
  evidence: Evidence | null;
}

const STORE_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:opbevar[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|gemme[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|gemt|lagr[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|eksistere[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|findes|slette[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|slettes|backup[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|sikkerhedskopi[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|retain[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|retention|kept|keep[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|stored?|delete[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|deletion|purged?|erased?|remain[A-Za-zÀ-ÖØ-öø-ɏ]{0,2})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
// The end of the service or the agreement — not of something else ("fem år efter, at lejemålet ophørte").
const TERMINATION_RE = /(?:(?:efter|ved|fra)[ \t\n]{1,3}(?:aftalens[ \t\n]{1,3}|samarbejdets[ \t\n]{1,3}|kundeforholdets[ \t\n]{1,3}|tjenestens[ \t\n]{1,3})?ophør(?:et)?(?![A-Za-zÀ-ÖØ-öø-ɏ])|ophør[ \t\n]{1,3}af[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,2}(?:tjeneste[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|aftale[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|samarbejde[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|samhandel[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|kundeforhold[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|abonnement[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|hovedaftale[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|databehandleraftale[A-Za-zÀ-ÖØ-öø-ɏ]{0,3})|(?:aftalens|samarbejdets|kundeforholdets|abonnementets)[ \t\n]{1,3}(?:ophør|udløb|opsigelse)|opsigelse[ \t\n]{1,3}af[ \t\n]{1,3}(?:aftale[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|abonnement[A-Za-zÀ-ÖØ-öø-ɏ]{0,3})|(?:termination|expiry|expiration|end)[ \t\n]{1,3}of[ \t\n]{1,3}(?:the[ \t\n]{1,3}|this[ \t\n]{1,3})?(?:agreement|dpa|services?|contract|subscription|account)|(?:after|upon|following|on)[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:termination|expiry|expiration)|account[ \t\n]{1,3}(?:closure|deletion|termination))/iu;
const DELETION_RE = /(?:ved[ \t\n]{1,3}sletning|efter[ \t\n]{1,3}sletning|anmod[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}[ \t\n]{1,3}om[ \t\n]{1,3}(?:at[ \t\n]{1,3}få[ \t\n]{1,3})?(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,2}slet|deletion[ \t\n]{1,3}request|request[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}[ \t\n]{1,3}(?:for[ \t\n]{1,3})?(?:the[ \t\n]{1,3})?delet|after[ \t\n]{1,3}(?:the[ \t\n]{1,3})?delet|upon[ \t\n]{1,3}delet|once[ \t\n]{1,3}deleted|slettet[ \t\n]{1,3}i[ \t\n]{1,3}systemet)/iu;
const BACKUP_RE = /backup|sikkerhedskopi|back-up/iu;
const LEGAL_RE = /(?:bogføringslov[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|lov(?:givning[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|krav|mæssig[A-Za-zÀ-ÖØ-öø-ɏ]{0,2})|lovbestemt|retlig[ \t\n]{1,3}forpligtelse|EU-ret[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|national[ \t\n]{1,3}ret|required[ \t\n]{1,3}by[ \t\n]{1,3}(?:applicable[ \t\n]{1,3})?law|legal[ \t\n]{1,3}(?:requirement|obligation)|statutory|law[ \t\n]{1,3}requires|bookkeeping|accounting[ \t\n]{1,3}(?:act|law))/iu;
const ADDITIONAL_RE = /(?:yderligere|additional|further|more|endnu)[ \t\n]{1,3}$/iu;
const UNTIL_REQUEST_RE = /indtil[ \t\n]{1,3}den[ \t\n]{1,3}dataansvarlige[ \t\n]{1,3}anmoder|until[ \t\n]{1,3}(?:the[ \t\n]{1,3})?(?:controller|customer)[ \t\n]{1,3}(?:requests|instructs|deletes)/iu;

/** Retention periods in one sentence. */
export function parseRetentionSentence(sentence: string, base: number, fullText: string, clause: string | null): RetentionPeriod[] {
  if (!STORE_RE.test(sentence)) return [];
  const trigger: RetentionTrigger = TERMINATION_RE.test(sentence) ? 'termination' : DELETION_RE.test(sentence) ? 'deletion' : 'other';
  const backupSentence = BACKUP_RE.test(sentence);
  const legal = LEGAL_RE.test(sentence);
  const out: RetentionPeriod[] = [];
  let total = 0;
  for (const d of findDurations(sentence)) {
    // Breach deadlines and notice periods are not retention.
    const near = sentence.slice(Math.max(0, d.start - 30), d.end + 25);
    if (/varsel|notice|underret|notify|brud|breach/iu.test(near)) continue;
    const additional = ADDITIONAL_RE.test(sentence.slice(Math.max(0, d.start - 15), d.start));
    total = additional ? total + d.days : d.days;
    const backup = backupSentence && BACKUP_RE.test(sentence.slice(Math.max(0, d.start - 60), d.end + 30));
    const period: RetentionPeriod = {
      days: total,
      trigger,
      backup,
      legalRequirement: legal,
      text: d.text.replace(/\s+/g, ' ').trim(),
      evidence: evidenceAt(fullText, base, base + sentence.length, clause),
    };
    if (additional && out.length) out[out.length - 1] = { ...period, backup: backup || out[out.length - 1]!.backup };
    else out.push(period);
  }
  return out;
}

export function extractRetention(fd: FieldDoc): RetentionField {
  const spans = fd.sections('C.4');
  const periods: RetentionPeriod[] = [];
  let untilRequest = false;
  const seen = new Set<number>();
  for (const span of spans) {
    const body = fd.slice(span);
    if (UNTIL_REQUEST_RE.test(body)) untilRequest = true;
    for (const s of fd.sentences(span)) {
      seen.add(s.start);
      periods.push(...parseRetentionSentence(fd.text.slice(s.start, s.end), s.start, fd.text, 'C.4'));
    }
  }
  // Elsewhere, only periods tied to termination or deletion count (C.3 and Bilag D sometimes hold them).
  for (const s of fd.sentences()) {
    if (seen.has(s.start)) continue;
    const found = parseRetentionSentence(fd.text.slice(s.start, s.end), s.start, fd.text, fd.clauseIdAt(s.start) ?? 'C.4');
    periods.push(...found.filter((p) => p.trigger !== 'other' && p.days > 1));
  }
  periods.sort((a, b) => a.evidence.offset - b.evidence.offset);
  const first = spans[0];
  return { periods, untilRequest, evidence: first ? evidenceAt(fd.text, first.start, Math.min(first.end, first.start + 300), 'C.4') : null };
}
