// Countries by their Danish and English names, with their standing under GDPR Chapter V: inside the EU/EEA,
// covered by a Commission adequacy decision (Art. 45), or a third country that needs another transfer basis.
// Adequacy list: Commission decisions in force (Andorra, Argentina, Canada (commercial organisations), Faroe Islands,
// Guernsey, Isle of Man, Israel, Japan, Jersey, New Zealand, Republic of Korea, Switzerland, United Kingdom,
// Uruguay; the United States only for organisations certified under the EU-U.S. Data Privacy Framework).

export type CountryRegion = 'eu-eea' | 'adequacy' | 'third-country';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English short name. */
  name: string;
  region: CountryRegion;
  /** Adequacy that depends on the recipient (US: Data Privacy Framework certification). */
  partialAdequacy?: string;
}

interface Entry extends Country {
  names: string[];
}

const EU = 'eu-eea' as const;
const AD = 'adequacy' as const;
const TC = 'third-country' as const;

const ENTRIES: Entry[] = [
  { code: 'AT', name: 'Austria', region: EU, names: ['Austria', 'Østrig', 'Österreich'] },
  { code: 'BE', name: 'Belgium', region: EU, names: ['Belgium', 'Belgien'] },
  { code: 'BG', name: 'Bulgaria', region: EU, names: ['Bulgaria', 'Bulgarien'] },
  { code: 'HR', name: 'Croatia', region: EU, names: ['Croatia', 'Kroatien'] },
  { code: 'CY', name: 'Cyprus', region: EU, names: ['Cyprus', 'Cypern'] },
  { code: 'CZ', name: 'Czechia', region: EU, names: ['Czech Republic', 'Czechia', 'Tjekkiet'] },
  { code: 'DK', name: 'Denmark', region: EU, names: ['Denmark', 'Danmark'] },
  { code: 'EE', name: 'Estonia', region: EU, names: ['Estonia', 'Estland'] },
  { code: 'FI', name: 'Finland', region: EU, names: ['Finland'] },
  { code: 'FR', name: 'France', region: EU, names: ['France', 'Frankrig'] },
  { code: 'DE', name: 'Germany', region: EU, names: ['Germany', 'Tyskland', 'Deutschland'] },
  { code: 'GR', name: 'Greece', region: EU, names: ['Greece', 'Grækenland'] },
  { code: 'HU', name: 'Hungary', region: EU, names: ['Hungary', 'Ungarn'] },
  { code: 'IE', name: 'Ireland', region: EU, names: ['Ireland', 'Irland'] },
  { code: 'IT', name: 'Italy', region: EU, names: ['Italy', 'Italien'] },
  { code: 'LV', name: 'Latvia', region: EU, names: ['Latvia', 'Letland'] },
  { code: 'LT', name: 'Lithuania', region: EU, names: ['Lithuania', 'Litauen'] },
  { code: 'LU', name: 'Luxembourg', region: EU, names: ['Luxembourg', 'Luxemburg'] },
  { code: 'MT', name: 'Malta', region: EU, names: ['Malta'] },
  { code: 'NL', name: 'Netherlands', region: EU, names: ['Netherlands', 'The Netherlands', 'Holland', 'Nederlandene'] },
  { code: 'PL', name: 'Poland', region: EU, names: ['Poland', 'Polen'] },
  { code: 'PT', name: 'Portugal', region: EU, names: ['Portugal'] },
  { code: 'RO', name: 'Romania', region: EU, names: ['Romania', 'Rumænien'] },
  { code: 'SK', name: 'Slovakia', region: EU, names: ['Slovakia', 'Slovakiet'] },
  { code: 'SI', name: 'Slovenia', region: EU, names: ['Slovenia', 'Slovenien'] },
  { code: 'ES', name: 'Spain', region: EU, names: ['Spain', 'Spanien'] },
  { code: 'SE', name: 'Sweden', region: EU, names: ['Sweden', 'Sverige'] },
  { code: 'IS', name: 'Iceland', region: EU, names: ['Iceland', 'Island'] },
  { code: 'LI', name: 'Liechtenstein', region: EU, names: ['Liechtenstein'] },
  { code: 'NO', name: 'Norway', region: EU, names: ['Norway', 'Norge'] },
  { code: 'AD', name: 'Andorra', region: AD, names: ['Andorra'] },
  { code: 'AR', name: 'Argentina', region: AD, names: ['Argentina'] },
  { code: 'CA', name: 'Canada', region: AD, names: ['Canada'], partialAdequacy: 'commercial organisations under PIPEDA' },
  { code: 'FO', name: 'Faroe Islands', region: AD, names: ['Faroe Islands', 'Færøerne'] },
  { code: 'GG', name: 'Guernsey', region: AD, names: ['Guernsey'] },
  { code: 'IM', name: 'Isle of Man', region: AD, names: ['Isle of Man'] },
  { code: 'IL', name: 'Israel', region: AD, names: ['Israel'] },
  { code: 'JP', name: 'Japan', region: AD, names: ['Japan'] },
  { code: 'JE', name: 'Jersey', region: AD, names: ['Jersey'] },
  { code: 'NZ', name: 'New Zealand', region: AD, names: ['New Zealand'] },
  { code: 'KR', name: 'Republic of Korea', region: AD, names: ['South Korea', 'Republic of Korea', 'Sydkorea'] },
  { code: 'CH', name: 'Switzerland', region: AD, names: ['Switzerland', 'Schweiz'] },
  {
    code: 'GB', name: 'United Kingdom', region: AD,
    names: ['United Kingdom', 'UK', 'U.K.', 'Great Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland', 'Storbritannien', 'Det Forenede Kongerige', 'England og Wales'],
  },
  { code: 'UY', name: 'Uruguay', region: AD, names: ['Uruguay'] },
  {
    code: 'US', name: 'United States', region: TC, partialAdequacy: 'EU-U.S. Data Privacy Framework (certified organisations only)',
    names: ['United States of America', 'United States', 'USA', 'U.S.A.', 'U.S.', 'US', 'Amerikas Forenede Stater', 'De Forenede Stater', 'Forenede Stater'],
  },
  { code: 'AU', name: 'Australia', region: TC, names: ['Australia', 'Australien'] },
  { code: 'BR', name: 'Brazil', region: TC, names: ['Brazil', 'Brasilien'] },
  { code: 'CN', name: 'China', region: TC, names: ['China', 'Kina'] },
  { code: 'HK', name: 'Hong Kong', region: TC, names: ['Hong Kong'] },
  { code: 'IN', name: 'India', region: TC, names: ['India', 'Indien'] },
  { code: 'ID', name: 'Indonesia', region: TC, names: ['Indonesia', 'Indonesien'] },
  { code: 'MY', name: 'Malaysia', region: TC, names: ['Malaysia'] },
  { code: 'MX', name: 'Mexico', region: TC, names: ['Mexico'] },
  { code: 'PK', name: 'Pakistan', region: TC, names: ['Pakistan'] },
  { code: 'PH', name: 'Philippines', region: TC, names: ['Philippines', 'Filippinerne'] },
  { code: 'RU', name: 'Russia', region: TC, names: ['Russia', 'Rusland'] },
  { code: 'RS', name: 'Serbia', region: TC, names: ['Serbia', 'Serbien'] },
  { code: 'SG', name: 'Singapore', region: TC, names: ['Singapore'] },
  { code: 'ZA', name: 'South Africa', region: TC, names: ['South Africa', 'Sydafrika'] },
  { code: 'TR', name: 'Türkiye', region: TC, names: ['Turkey', 'Türkiye', 'Tyrkiet'] },
  { code: 'UA', name: 'Ukraine', region: TC, names: ['Ukraine'] },
  { code: 'AE', name: 'United Arab Emirates', region: TC, names: ['United Arab Emirates', 'UAE', 'Forenede Arabiske Emirater'] },
  { code: 'VN', name: 'Vietnam', region: TC, names: ['Vietnam', 'Viet Nam'] },
  { code: 'BD', name: 'Bangladesh', region: TC, names: ['Bangladesh'] },
  { code: 'BY', name: 'Belarus', region: TC, names: ['Belarus', 'Hviderusland'] },
  { code: 'EG', name: 'Egypt', region: TC, names: ['Egypt', 'Egypten'] },
  { code: 'TH', name: 'Thailand', region: TC, names: ['Thailand'] },
  { code: 'TW', name: 'Taiwan', region: TC, names: ['Taiwan'] },
  { code: 'NG', name: 'Nigeria', region: TC, names: ['Nigeria'] },
  { code: 'KE', name: 'Kenya', region: TC, names: ['Kenya'] },
  { code: 'CL', name: 'Chile', region: TC, names: ['Chile'] },
  { code: 'CO', name: 'Colombia', region: TC, names: ['Colombia'] },
];

const BY_CODE = new Map(ENTRIES.map((e) => [e.code, e]));

function strip(e: Entry): Country {
  const c: Country = { code: e.code, name: e.name, region: e.region };
  if (e.partialAdequacy) c.partialAdequacy = e.partialAdequacy;
  return c;
}

export function countryByCode(code: string): Country | null {
  const e = BY_CODE.get(code.toUpperCase());
  return e ? strip(e) : null;
}

/** Regions named instead of a country: "EU", "EØS", "EEA", "Europa" is not one (it includes third countries). */
const REGION_NAMES = ['EU/EØS', 'EU/EEA', 'EU-EØS', 'EØS', 'EEA', 'EU', 'Den Europæiske Union', 'European Union', 'European Economic Area'];

// US states (two-letter codes with a ZIP code, or full names) mark an American address.
const US_STATES = [
  'AL', 'AK', 'AZ', 'AR', 'CA', 'CO', 'CT', 'DE', 'DC', 'FL', 'GA', 'HI', 'ID', 'IL', 'IN', 'IA', 'KS', 'KY', 'LA', 'ME', 'MD', 'MA', 'MI', 'MN',
  'MS', 'MO', 'MT', 'NE', 'NV', 'NH', 'NJ', 'NM', 'NY', 'NC', 'ND', 'OH', 'OK', 'OR', 'PA', 'RI', 'SC', 'SD', 'TN', 'TX', 'UT', 'VT', 'VA',
  'WA', 'WV', 'WI', 'WY',
];
const US_STATE_NAMES = [
  'California', 'Delaware', 'New York', 'Texas', 'Massachusetts', 'Washington State', 'Illinois', 'Colorado', 'Virginia', 'Oregon',
  'Florida', 'New Jersey', 'North Carolina', 'Pennsylvania', 'Utah', 'Georgia, USA', 'Nevada', 'Arizona', 'Michigan', 'Ohio', 'Minnesota',
];

export interface CountryMention {
  country: Country | null;
  /** 'region' when the text names the EU/EEA as a whole. */
  kind: 'country' | 'region' | 'us-state' | 'postcode';
  start: number;
  end: number;
  text: string;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '[ \\t\\n\\u00a0]{1,3}');
}

const NAME_TO_CODE = new Map<string, string>();
for (const e of ENTRIES) for (const n of e.names) NAME_TO_CODE.set(n.toLowerCase(), e.code);
const ALL_NAMES = [...NAME_TO_CODE.keys()];
// Case-sensitive on purpose: "Island" (Iceland in Danish) and "US" must be capitalised to count.
const NAMES_SOURCE = ENTRIES.flatMap((e) => e.names)
  .sort((a, b) => b.length - a.length || (a < b ? -1 : 1))
  .map(escape)
  .join('|');
const COUNTRY_RE = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉.-])(?:New[ \\t]Jersey|New[ \\t]Mexico|Georgia|(${NAMES_SOURCE}))(?![A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉]|\\.[A-Za-zÀ-ÖØ-öø-ɏ])`, 'gu');
const REGION_RE = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉])(${REGION_NAMES.map(escape).join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ0-9²³¹¼-¾⁰-⁹₀-₉])`, 'gu');
const US_ZIP_RE = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(${US_STATES.join('|')})[ \\t\\u00a0]{1,2}\\d{5}(?:-\\d{4})?(?!\\d)`, 'gu');
const US_STATE_RE = new RegExp(`(?<![A-Za-zÀ-ÖØ-öø-ɏ])(${US_STATE_NAMES.map(escape).join('|')})(?![A-Za-zÀ-ÖØ-öø-ɏ])`, 'gu');
// Postal prefixes used in European addresses: "DK-5500", "D-91710", "F-75001", "S-111 22", "NL-1012".
const POSTCODE_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])(DK|D|DE|F|FR|S|SE|N|NO|FI|NL|B|BE|IE|A|AT|CH|GB|UK)-[ ]?\d{3,5}(?!\d)/gu;
const POSTCODE_COUNTRY: Record<string, string> = {
  DK: 'DK', D: 'DE', DE: 'DE', F: 'FR', FR: 'FR', S: 'SE', SE: 'SE', N: 'NO', NO: 'NO', FI: 'FI', NL: 'NL', B: 'BE', BE: 'BE', IE: 'IE',
  A: 'AT', AT: 'AT', CH: 'CH', GB: 'GB', UK: 'GB',
};

// Cloud regions name where data sits: "us-east-1" (AWS), "us-central1", "europe-west1" (Google Cloud), "eu-north-1".
const CLOUD_REGION_RE = /(?<![A-Za-zÀ-ÖØ-öø-ɏ\d-])(us|eu|europe|ca|sa|ap|asia|me|af|il|uk|australia|southamerica|northamerica)-(?:east|west|north|south|central|northeast|northwest|southeast|southwest)\d?(?:-\d)?(?![A-Za-zÀ-ÖØ-öø-ɏ\d])/gu;
const CLOUD_REGION_COUNTRY: Record<string, string | null> = {
  us: 'US', northamerica: 'US', ca: 'CA', sa: 'BR', southamerica: 'BR', ap: 'SG', asia: 'SG', me: 'AE', af: 'ZA', il: 'IL', uk: 'GB', australia: 'AU', eu: null, europe: null,
};

/** Every mention of a country, the EU/EEA, a US state or a prefixed European postcode in `text`, in order. */
export function findCountries(text: string): CountryMention[] {
  const out: CountryMention[] = [];
  COUNTRY_RE.lastIndex = 0;
  for (let m = COUNTRY_RE.exec(text); m !== null; m = COUNTRY_RE.exec(text)) {
    if (!m[1]) {
      // "New Jersey", "New Mexico", "Georgia": US states or an ambiguous name, never the country in this list.
      if (m[0] !== 'Georgia') out.push({ country: countryByCode('US'), kind: 'us-state', start: m.index, end: m.index + m[0].length, text: m[0] });
      continue;
    }
    const code = NAME_TO_CODE.get(m[1].toLowerCase().replace(/[ \t\n\u00a0]+/g, ' '));
    if (!code) continue;
    out.push({ country: countryByCode(code), kind: 'country', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  REGION_RE.lastIndex = 0;
  for (let m = REGION_RE.exec(text); m !== null; m = REGION_RE.exec(text)) {
    out.push({ country: null, kind: 'region', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  for (const re of [US_ZIP_RE, US_STATE_RE]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      out.push({ country: countryByCode('US'), kind: 'us-state', start: m.index, end: m.index + m[0].length, text: m[0] });
    }
  }
  CLOUD_REGION_RE.lastIndex = 0;
  for (let m = CLOUD_REGION_RE.exec(text); m !== null; m = CLOUD_REGION_RE.exec(text)) {
    const code = CLOUD_REGION_COUNTRY[m[1]!];
    // Asia-Pacific and Middle East regions span several countries: only the US, EU and a few single-country prefixes count.
    if (code === undefined || m[1] === 'ap' || m[1] === 'asia' || m[1] === 'me') continue;
    out.push({ country: code ? countryByCode(code) : null, kind: code ? 'country' : 'region', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  POSTCODE_RE.lastIndex = 0;
  for (let m = POSTCODE_RE.exec(text); m !== null; m = POSTCODE_RE.exec(text)) {
    const code = POSTCODE_COUNTRY[m[1]!];
    if (code) out.push({ country: countryByCode(code), kind: 'postcode', start: m.index, end: m.index + m[0].length, text: m[0] });
  }
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  // Overlapping matches ("New Jersey" as a name and as a state) count once: the first, longest one.
  const kept: CountryMention[] = [];
  let reach = -1;
  for (const m of out) {
    // Sorted by start: a mention overlaps an earlier one exactly when it starts before the furthest end so far.
    if (m.start < reach) continue;
    kept.push(m);
    reach = m.end;
  }
  return kept;
}

/** A name as written ("Tyskland", "USA") → country, or null. */
export function lookupCountry(name: string): Country | null {
  const code = NAME_TO_CODE.get(name.trim().toLowerCase().replace(/\s+/g, ' '));
  return code ? countryByCode(code) : null;
}

export function isKnownCountryName(name: string): boolean {
  return ALL_NAMES.includes(name.trim().toLowerCase());
}

/** Legal-form suffixes that hint at where a company is registered (a hint, never proof). */
export const COMPANY_FORM_HINTS: Array<{ re: RegExp; code: string; form: string }> = [
  { re: /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:Inc\.?|Incorporated|LLC|L\.L\.C\.|Corp\.?|Corporation|PBC)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, code: 'US', form: 'US company form' },
  { re: /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:A\/S|ApS|I\/S|P\/S|K\/S|IVS|Amba|A\.m\.b\.a\.)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, code: 'DK', form: 'Danish company form' },
  { re: /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:GmbH|AG|UG|e\.K\.)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, code: 'DE', form: 'German/Austrian/Swiss company form' },
  { re: /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:Ltd\.?|Limited|PLC|plc|LLP)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, code: 'GB', form: 'UK/Irish company form' },
  { re: /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:B\.V\.|BV|N\.V\.)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, code: 'NL', form: 'Dutch company form' },
  { re: /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:SAS|SARL|S\.A\.S\.|S\.A\.R\.L\.)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, code: 'FR', form: 'French company form' },
  { re: /(?<![A-Za-zÀ-ÖØ-öø-ɏ])(?:AB|Oy|Oyj|ASA)(?![A-Za-zÀ-ÖØ-öø-ɏ])/u, code: 'SE', form: 'Nordic company form' },
];
