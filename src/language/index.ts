// Language detection by stop-word profiles. dpa-lint only reads Danish and English; the point of detecting
// Norwegian, Swedish and German is to say so (E_LANGUAGE) instead of producing Danish findings on a text
// that merely looks Danish. Deterministic and explainable: every score is a count of listed words.
import type { Language } from '../model.js';

/** Frequent function words (and a few DPA terms) that occur in one language group and hardly in the others. */
const GROUP_WORDS: Record<'en' | 'de' | 'sv' | 'nordic', readonly string[]> = {
  en: [
    'the', 'and', 'of', 'to', 'is', 'shall', 'be', 'any', 'or', 'with', 'by', 'that', 'this', 'which', 'such',
    'not', 'will', 'may', 'on', 'as', 'are', 'its', 'from', 'all', 'each', 'other', 'under', 'processor',
    'controller', 'personal', 'agreement', 'party', 'parties', 'where', 'without', 'these', 'those', 'has',
    'have', 'been', 'would', 'should', 'must', 'into', 'upon', 'within', 'including', 'processing',
  ],
  de: [
    'und', 'der', 'die', 'das', 'ist', 'nicht', 'zu', 'von', 'mit', 'für', 'auf', 'dem', 'des', 'ein', 'eine',
    'einer', 'eines', 'wird', 'werden', 'sich', 'im', 'oder', 'auch', 'als', 'bei', 'nach', 'sind', 'daten',
    'personenbezogenen', 'personenbezogene', 'auftragsverarbeiter', 'auftraggeber', 'auftragnehmer',
    'verantwortliche', 'verantwortlichen', 'gemäß', 'diese', 'dieser', 'zur', 'zum', 'durch', 'über', 'soweit',
    'sowie', 'vertrag', 'vertrages', 'verarbeitung', 'wenn', 'haben', 'hat',
  ],
  sv: [
    'och', 'inte', 'att', 'för', 'är', 'från', 'också', 'vid', 'enligt', 'inom', 'mellan', 'utan', 'ska',
    'skall', 'vara', 'varje', 'vilka', 'personuppgifter', 'personuppgifterna', 'personuppgiftsbiträdet',
    'personuppgiftsbiträde', 'personuppgiftsansvarige', 'personuppgiftsansvarig', 'avtalet', 'detta', 'dessa',
    'denna', 'sådana', 'ej', 'behandlingen', 'eller',
  ],
  // Danish and Norwegian share most function words; they are told apart afterwards.
  nordic: [
    'og', 'at', 'ikke', 'til', 'skal', 'som', 'på', 'med', 'eller', 'det', 'er', 'den', 'har', 'kan', 'om',
    'ved', 'denne', 'dette', 'disse', 'hvis', 'også', 'når', 'være', 'kun', 'hvor', 'sine', 'sin', 'ingen',
    'databehandleren', 'databehandler', 'databehandlere', 'underdatabehandlere', 'behandling', 'behandlingen',
    'følgende', 'skriftlig', 'henhold', 'dersom', 'hos', 'etter', 'efter', 'af', 'av', 'seg', 'sig',
  ],
};

/** Danish forms whose Norwegian (bokmål) counterpart differs: af/av, efter/etter, blev/ble, mellem/mellom … */
const DANISH_WORDS = new Set([
  'af', 'blev', 'efter', 'nogen', 'noget', 'uden', 'mellem', 'gennem', 'gælder', 'mod', 'sig', 'hvad', 'meget',
  'nu', 'dataansvarlige', 'dataansvarlig', 'dataansvarliges', 'aftale', 'aftalen', 'aftalens', 'databehandleraftale',
  'databehandleraftalen', 'tjenesteydelser', 'tjenesteydelserne', 'herunder', 'jf', 'således', 'fortegnelse', 'stk',
  'bliver', 'blive', 'inden', 'ind', 'tilbage', 'sletning', 'ret', 'ændringer', 'ændring', 'foranstaltninger',
  'underretning', 'underrette', 'underretter', 'hvorvidt', 'endvidere', 'ligeledes', 'sådan', 'sådanne', 'oplysninger',
  'udføre', 'udfører', 'udføres', 'ophør', 'kontrol', 'adgang', 'samt', 'dog', 'heraf', 'hermed', 'ydelser',
]);

/** Norwegian (bokmål) forms that Danish spells otherwise. */
const NORWEGIAN_WORDS = new Set([
  'av', 'ble', 'etter', 'noen', 'noe', 'uten', 'mellom', 'gjennom', 'gjelder', 'mot', 'seg', 'hva', 'mye', 'nå',
  'behandlingsansvarlig', 'behandlingsansvarlige', 'behandlingsansvarligs', 'avtale', 'avtalen', 'avtalens',
  'databehandleravtale', 'databehandleravtalen', 'tjenestene', 'blir', 'bli', 'innen', 'inn', 'tilbake', 'sletting',
  'rett', 'endringer', 'endring', 'tiltak', 'varsle', 'varsles', 'varsling', 'slik', 'sånn', 'opplysninger',
  'utføre', 'utfører', 'utføres', 'opphør', 'kontroll', 'tilgang', 'samt', 'dog', 'gjøre', 'gjør', 'ikkje', 'eller',
]);
// "samt", "dog", "eller" occur in both; keep them out of the contrast.
for (const shared of ['samt', 'dog', 'eller']) NORWEGIAN_WORDS.delete(shared);
DANISH_WORDS.delete('samt');
DANISH_WORDS.delete('dog');

// Spelling patterns: Norwegian -sjon/-het/-plikt and "opp-" vs Danish -tion/-hed/-pligt and "op-".
const NORWEGIAN_SPELLING = /(?:sjon(?:en|er|ene)?|het(?:en|er|ene)?|plikt(?:en|er)?|opplysning[A-Za-zÀ-ÖØ-öø-ɏ]*|ingene)$/u;
const DANISH_SPELLING = /(?:[ts]ion(?:en|er|erne)?|hed(?:en|er|erne)?|pligt(?:en|er)?|oplysning[A-Za-zÀ-ÖØ-öø-ɏ]*|ingerne)$/u;

/** Only this much of a document is read: enough for a stable profile, and bounded time on huge inputs. */
const SAMPLE_CHARS = 200_000;
/** Fewer listed words than this and the text is too short (or too foreign) to call. */
const MIN_HITS = 2;

export interface LanguageScores {
  en: number;
  de: number;
  sv: number;
  nordic: number;
  /** Danish-only and Norwegian-only forms among the Danish/Norwegian words. */
  da: number;
  no: number;
  words: number;
}

const GROUP_SETS = Object.fromEntries(
  Object.entries(GROUP_WORDS).map(([k, words]) => [k, new Set(words)]),
) as Record<keyof typeof GROUP_WORDS, Set<string>>;

/** The raw counts behind `detectLanguage`, for explanation and tests. */
export function languageScores(text: string): LanguageScores {
  const scores: LanguageScores = { en: 0, de: 0, sv: 0, nordic: 0, da: 0, no: 0, words: 0 };
  const sample = text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text;
  for (const match of sample.toLowerCase().matchAll(/[A-Za-zÀ-ÖØ-öø-ɏ]+/gu)) {
    const w = match[0];
    scores.words++;
    if (GROUP_SETS.en.has(w)) scores.en++;
    if (GROUP_SETS.de.has(w)) scores.de++;
    if (GROUP_SETS.sv.has(w)) scores.sv++;
    if (GROUP_SETS.nordic.has(w)) scores.nordic++;
    if (DANISH_WORDS.has(w)) scores.da++;
    else if (NORWEGIAN_WORDS.has(w)) scores.no++;
    // Spelling only counts for longer words: short ones ("het", "ion") are noise or English.
    if (w.length >= 7) {
      if (NORWEGIAN_SPELLING.test(w)) scores.no++;
      else if (DANISH_SPELLING.test(w)) scores.da++;
    }
  }
  return scores;
}

/** Detect the language of a DPA's text: 'da', 'en', 'no', 'de', 'sv', or 'unknown' when there is too little to tell. */
export function detectLanguage(text: string): Language {
  if (looksBinary(text)) return 'unknown';
  const s = languageScores(text);
  const groups: Array<[Language | 'nordic', number]> = [
    ['nordic', s.nordic],
    ['en', s.en],
    ['de', s.de],
    ['sv', s.sv],
  ];
  // Stable order on ties: Nordic (Danish) first, since that is the tool's home language.
  let best = groups[0]!;
  for (const g of groups) if (g[1] > best[1]) best = g;
  if (best[1] < MIN_HITS) {
    // Too little text to profile (a heading, a one-line clause): fall back to the supported language it most
    // resembles, so a short Danish or English snippet is still checked; text without words stays unknown.
    if (s.words === 0 || best[1] === 0) return /[æøå]/i.test(text) ? 'da' : 'unknown';
    if (best[0] === 'nordic') return s.no > s.da ? 'no' : 'da';
    return best[0];
  }
  if (best[0] !== 'nordic') return best[0];
  // Danish unless Norwegian forms clearly outnumber Danish ones (a Danish text may name a Norwegian company).
  return s.no > s.da ? 'no' : 'da';
}

/** Undecodable bytes (a binary file read as text) give control characters and U+FFFD, not language. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 20_000);
  if (sample.length === 0) return false;
  const bad = sample.match(/[\u0000-\u0008\u000E-\u001F\uFFFD]/g)?.length ?? 0;
  return bad / sample.length > 0.01;
}

/** English names for messages. */
export const LANGUAGE_NAMES: Record<Language, string> = {
  da: 'Danish',
  en: 'English',
  no: 'Norwegian',
  de: 'German',
  sv: 'Swedish',
  unknown: 'Unrecognised-language',
};
