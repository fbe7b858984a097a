// The agreed security level and measures (template Bilag C.2; GDPR Art. 32). The template asks the parties to state
// the level ("Sikkerhedsniveauet skal afspejle: …") and the minimum measures agreed; a C.2 that only repeats
// Art. 32 agrees on nothing.
import { evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc } from './view.js';

export interface SecurityField {
  level: 'high' | 'medium' | 'low' | null;
  /** C.2 says the processing covers Art. 9 (special categories) / Art. 10 (criminal) data. */
  citesArt9: boolean;
  citesArt10: boolean;
  /** Number of concrete measures named (encryption, MFA, backup, logging, access control, …). */
  concreteMeasures: number;
  /** C.2 only restates Art. 32 (its criteria and the Art. 32(1)(a)–(d) list) without agreed measures. */
  generic: boolean;
  evidence: Evidence | null;
  levelEvidence: Evidence | null;
  /** The sentence saying the processing covers Art. 9 data. */
  art9Evidence: Evidence | null;
}

const HIGH_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:højt|høj)["”“']?[ \t\n]{1,3}sikkerhedsniveau|sikkerhedsniveau[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}(?:højt|høj)(?![A-Za-zÀ-ÖØ-öø-ɏ])|["”“]højt["”“][ \t\n]{1,3}sikkerhedsniveau|high[ \t\n]{1,3}(?:level[ \t\n]{1,3}of[ \t\n]{1,3})?security|security[ \t\n]{1,3}level[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,2}high/iu;
const MEDIUM_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:middel|mellem|medium|moderat[A-Za-zÀ-ÖØ-öø-ɏ]{0,1})["”“']?[ \t\n]{1,3}(?:sikkerhedsniveau|level[ \t\n]{1,3}of[ \t\n]{1,3}security|security[ \t\n]{1,3}level)|sikkerhedsniveau[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}["”“']?(?:middel|mellem|medium|moderat[A-Za-zÀ-ÖØ-öø-ɏ]{0,1})(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
const LOW_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:lavt|lav|low)["”“']?[ \t\n]{1,3}(?:sikkerhedsniveau|level[ \t\n]{1,3}of[ \t\n]{1,3}security|security[ \t\n]{1,3}level)|sikkerhedsniveau[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}[ \t\n]{1,3}(?:[A-Za-zÀ-ÖØ-öø-ɏ]+[ \t\n]{1,3}){0,3}["”“']?(?:lavt|lav)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu;
// Only an explicit statement counts ("omfattet af … artikel 9", "særlige kategorier"): "følsomme" alone is too loose.
const ART9_RE = /(?:artikel|art\.|article)[ \t\n]{0,3}9(?!\d)|særlige[ \t\n]{1,3}kategorier|special[ \t\n]{1,3}categor[A-Za-zÀ-ÖØ-öø-ɏ]{1,4}/iu;
// "Hvis der er tale om …", "Ved overførsel af …": a conditional mention is not a statement about this processing.
const CONDITIONAL_START_RE = /^(?:hvis|såfremt|ved|i[ \t]tilfælde|if|where|in[ \t]case|should)\b/iu;
const ART10_RE = /(?:artikel|art\.|article)[ \t\n]{0,3}10(?!\d)|strafbare[ \t\n]{1,3}forhold|criminal[ \t\n]{1,3}(?:convictions|offences)/iu;
// The Art. 32(1)(a)–(d) list and criteria, as the template and the regulation word them: restating these agrees nothing.
const ART32_LIST_RE = /pseudonymisering[ \t\n]{1,3}og[ \t\n]{1,3}kryptering[ \t\n]{1,3}af[ \t\n]{1,3}personoplysninger|pseudonymi[sz]ation[ \t\n]{1,3}and[ \t\n]{1,3}encryption[ \t\n]{1,3}of[ \t\n]{1,3}personal[ \t\n]{1,3}data|vedvarende[ \t\n]{1,3}fortrolighed|ongoing[ \t\n]{1,3}confidentiality|rettidigt[ \t\n]{1,3}at[ \t\n]{1,3}genoprette|restore[ \t\n]{1,3}the[ \t\n]{1,3}availability|regelmæssig[ \t\n]{1,3}afprøvning|regularly[ \t\n]{1,3}testing|det[ \t\n]{1,3}aktuelle[ \t\n]{1,3}tekniske[ \t\n]{1,3}niveau|state[ \t\n]{1,3}of[ \t\n]{1,3}the[ \t\n]{1,3}art|implementeringsomkostning[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|costs[ \t\n]{1,3}of[ \t\n]{1,3}implementation/iu;
const ART32_RE = /(?:artikel|art\.|article)[ \t\n]{0,3}32|passende[ \t\n]{1,3}tekniske[ \t\n]{1,3}og[ \t\n]{1,3}organisatoriske|appropriate[ \t\n]{1,3}technical[ \t\n]{1,3}and[ \t\n]{1,3}organi[sz]ational/iu;
// Concrete measures: each distinct one counts once.
// Acronyms are matched case-sensitively as whole words ("omfatte" is not "MFA").
const A = (src: string) => new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ\\d])(?:${src})(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'u');
const MEASURES: RegExp[][] = [
  [/kryptering|krypteret|krypteres|encrypt[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|Argon2|bcrypt/iu, A('TLS|SSL|HTTPS|https|AES(?:-\\d{3})?')],
  [/2-?faktor|to-?faktor|tofaktor|multi-?faktor|two-?factor|multi-?factor|2F[ \t]login|MitID|NemID/iu, A('MFA|2FA')],
  [/firewall[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}/iu],
  [/antivirus|anti-?malware|malware/iu],
  [/backup[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|sikkerhedskopi[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}/iu],
  [/logning|logges|logged|logging|audit[ \t\n]{0,3}logs?|auditlog[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|revisionsspor|log-?data|logfiler/iu],
  [/adgangskontrol|adgangsstyring|rollebaseret|rollestyret|role-based|access[ \t\n]{1,3}control|least[ \t\n]{1,3}privilege|rettighedsstyring|rettigheds[ \t\n]{1,3}bestemt|autoriseres|need-to-know/iu, A('RBAC')],
  [/adgangskode[A-Za-zÀ-ÖØ-öø-ɏ]{0,2}|password[A-Za-zÀ-ÖØ-öø-ɏ]{0,1}|kodeord/iu],
  [/ISO(?:\/IEC)?[ \t\n-]{0,2}27001|ISAE[ \t\n-]{0,2}3[04]0[02]|PCI[ \t\n]{1,3}DSS/iu, A('SOC[ -]?2')],
  [/fysisk[ \t\n]{1,3}(?:sikring|adgangskontrol|beskyttelse)|aflås[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|alarm[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|physical[ \t\n]{1,3}(?:security|access)/iu],
  [/tavshedspligt|fortrolighedserklæring|confidentiality[ \t\n]{1,3}(?:agreement|undertaking)|awareness|uddannelse|træning|training/iu],
  [/sårbarhed[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|vulnerabilit[A-Za-zÀ-ÖØ-öø-ɏ]{1,4}|penetration[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|patch[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|sikkerhedsopdater[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|opdateres[ \t\n]{1,3}løbende/iu],
  [/netværkssegment[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|segmentering|DNS-filter/iu, A('VPN')],
  [/beredskab[A-Za-zÀ-ÖØ-öø-ɏ]{0,4}|disaster[ \t\n]{1,3}recovery|business[ \t\n]{1,3}continuity|redundan[A-Za-zÀ-ÖØ-öø-ɏ]{1,4}/iu],
  [/pseudonymiseret|pseudonymi[sz]ed|anonymi[A-Za-zÀ-ÖØ-öø-ɏ]{2,6}|maskeret|masked|masking/iu],
  [/rate[ \t\n-]{0,3}limit[A-Za-zÀ-ÖØ-öø-ɏ]{0,3}|hastighedsbegrænsning|ratebegrænsning/iu],
];

export function countMeasures(text: string): number {
  // Remove the restated Art. 32 list before counting, so "pseudonymisering og kryptering" there is not a measure.
  const own = text
    .split(/\n|(?<=[.;:])[ \t]/u)
    .filter((line) => !ART32_LIST_RE.test(line))
    .join('\n');
  return MEASURES.filter((alternatives) => alternatives.some((re) => re.test(own))).length;
}

export function extractSecurity(fd: FieldDoc): SecurityField {
  const spans = fd.sections('C.2');
  if (!spans.length) return { level: null, citesArt9: false, citesArt10: false, concreteMeasures: 0, generic: false, evidence: null, levelEvidence: null, art9Evidence: null };
  const span = spans[0]!;
  const text = fd.slice(span);
  const high = HIGH_RE.exec(text);
  const level = high ? 'high' : MEDIUM_RE.test(text) ? 'medium' : LOW_RE.test(text) ? 'low' : null;
  const levelMatch = high ?? MEDIUM_RE.exec(text) ?? LOW_RE.exec(text);
  const stated = fd
    .sentences(span)
    .map((sn) => ({ sn, t: fd.text.slice(sn.start, sn.end) }))
    .filter(({ t }) => !CONDITIONAL_START_RE.test(t));
  const art9Sentence =
    stated.find(({ t }) => {
      const m = ART9_RE.exec(t);
      // "behandlingen ikke omfatter særlige kategorier" says the opposite.
      return m !== null && !/(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:ikke|ingen|not|no|none)(?![A-Za-zÀ-ÖØ-öø-ɏ])/iu.test(t.slice(0, m.index));
    }) ?? null;
  let levelEvidence: Evidence | null = null;
  if (levelMatch) {
    const at = span.start + levelMatch.index;
    const sentence = fd.sentences(span).find((s) => s.start <= at && s.end >= at);
    levelEvidence = sentence ? evidenceAt(fd.text, sentence.start, sentence.end, 'C.2') : null;
  } else if (art9Sentence) {
    levelEvidence = evidenceAt(fd.text, art9Sentence.sn.start, art9Sentence.sn.end, 'C.2');
  }
  const concreteMeasures = countMeasures(text);
  const generic = concreteMeasures < 2 && (ART32_RE.test(text) || ART32_LIST_RE.test(text));
  return {
    level,
    citesArt9: art9Sentence !== null,
    citesArt10: stated.some(({ t }) => ART10_RE.test(t)),
    concreteMeasures,
    generic,
    evidence: evidenceAt(fd.text, span.start, Math.min(span.end, span.start + 300), 'C.2'),
    levelEvidence,
    art9Evidence: art9Sentence ? evidenceAt(fd.text, art9Sentence.sn.start, art9Sentence.sn.end, 'C.2') : null,
  };
}
