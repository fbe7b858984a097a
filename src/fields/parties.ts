// The parties as the title block names them (template front matter: name, CVR, address, postcode and town, country
// for "den dataansvarlige" and "databehandleren"; Art. 28(3) needs the processor identified).
import { findCountries } from './countries.js';
import { findCvrNumbers } from './cvr.js';
import { clean, evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc, PhysicalLine } from './view.js';

export interface Party {
  role: 'controller' | 'processor';
  name: string | null;
  cvr: string | null;
  cvrValid: boolean | null;
  address: string | null;
  country: string | null;
  countryCode: string | null;
  /** The block is there but unfilled: empty labels or a placeholder such as "Kunde" (a vendor's unsigned template). */
  blank: boolean;
  evidence: Evidence;
}

export interface PartiesField {
  controller: Party | null;
  processor: Party | null;
}

// "herefter ”den dataansvarlige”", "(”Databehandleren”)", "(the “Processor”)", "hereinafter “Controller”".
const ROLE_RE = /(?:(?:herefter|hereinafter|i[ \t]det[ \t]følgende)[ \t\n]{1,3}(?:kaldet[ \t\n]{1,3}|referred[ \t\n]{1,3}to[ \t\n]{1,3}as[ \t\n]{1,3})?(?:the[ \t\n]{1,3})?["”“'„]{0,2}|\([ \t]{0,2}(?:the[ \t\n]{1,3})?["”“'„]{1,2}|["”“„]{1,2})(den[ \t\n]{1,3}dataansvarlige|dataansvarlig|databehandleren|databehandler|(?:data[ \t\n]{1,3})?controller|(?:data[ \t\n]{1,3})?processor|customer|kunden)["”“']{1,2}/giu;
const HEADING_ROLE_RE = /^(?:\d{1,2}\.?[ \t]{1,4})?(den[ \t]dataansvarlige|dataansvarlig|databehandleren|databehandler|the[ \t](?:data[ \t])?controller|the[ \t](?:data[ \t])?processor|(?:data[ \t])?controller|(?:data[ \t])?processor)[ \t]*:?$/iu;
const FRONT_END_RE = /(?:^|\n)[ \t]*(?:\d{1,2}\.?[ \t]{1,4})?(?:Præambel|Baggrund|Indhold|HAR AFTALT|Har aftalt|har aftalt|have agreed|agree as follows|Definitions|Definitioner|Background)/u;
const LABEL_RE = /^(navn|name|virksomhed|firma|company|selskab|adresse|address|post[ \t]?nr\.?[ \t]*\/[ \t]*by|post[ \t]?nr\.?|postnummer|by|zip|city|land|country|cvr[-\w./ ]{0,12}|titel|title|stilling|telefon|tlf\.?|phone|e-?mail|kontaktperson|contact)[ \t]*:?[ \t]*/iu;
const PLACEHOLDER_RE = /^(?:kunde|kunden|customer|the customer|client|\[[^\]]{0,40}\]|_{2,}|\.{3,}|…|x{2,}|navn|name|virksomhed)$/iu;

function parseBlock(fd: FieldDoc, block: PhysicalLine[], role: Party['role']): Party | null {
  let lines = block;
  // A lone "og"/"and" between the two blocks is not part of either.
  while (lines.length && /^(?:og|and|mellem|between)$/iu.test(fd.text.slice(lines[0]!.start, lines[0]!.end).trim())) lines = lines.slice(1);
  if (!lines.length) return null;
  const start = lines[0]!.start;
  const end = lines[lines.length - 1]!.end;
  let name: string | null = null;
  const address: string[] = [];
  let countryText: string | null = null;
  let sawLabels = false;
  let stop = false;
  for (const line of lines) {
    // Table cells joined by the normaliser ("Navn: | Consile ApS") read as one line.
    let t = fd.text.slice(line.start, line.end).replace(/(?<![ \t])[ \t]*\|[ \t]*/g, ' ').trim();
    ROLE_RE.lastIndex = 0;
    const marker = ROLE_RE.exec(t);
    if (marker) t = t.slice(0, marker.index).replace(/(?:herefter|hereinafter)\s*$/iu, '');
    t = t.replace(/^(?:og|and|mellem|between)\b[ \t]*/iu, '').trim();
    if (!t || stop) continue;
    const label = LABEL_RE.exec(t);
    if (label) {
      sawLabels = true;
      const key = label[1]!.toLowerCase();
      const value = t.slice(label[0].length).trim();
      if (/^(?:titel|title|stilling|telefon|tlf|phone|e-?mail|kontaktperson|contact)/u.test(key)) {
        // Contact person lines follow the company; a second "Navn" after them is the contact, not the party.
        stop = name !== null;
        continue;
      }
      if (/^(?:navn|name|virksomhed|firma|company|selskab)$/u.test(key)) {
        if (name === null) name = value || null;
        else stop = true;
      } else if (/^(?:land|country)$/u.test(key)) countryText = value || null;
      else if (/^cvr/u.test(key)) continue;
      else if (value) address.push(value);
      continue;
    }
    if (findCvrNumbers(t).length && findCvrNumbers(t)[0]!.start < 12) continue;
    if (name === null && !sawLabels) {
      name = t;
      continue;
    }
    const c = findCountries(t).filter((m) => m.kind === 'country');
    if (c.length && t.length - c[0]!.text.length <= 3) countryText = t;
    else if (name !== null) address.push(t);
  }
  const blockText = fd.text.slice(start, end).replace(/(?<![ \t])[ \t]*\|[ \t]*/g, ' ');
  const cvr = findCvrNumbers(blockText)[0] ?? null;
  const blank = name === null || PLACEHOLDER_RE.test(name.trim());
  const countryMention = findCountries([countryText ?? '', ...address].join(' , ')).find((m) => m.kind === 'country' || m.kind === 'postcode');
  const country = countryMention?.country ?? (cvr ? { name: 'Denmark', code: 'DK' } : null);
  return {
    role,
    name: name && !blank ? clean(name) : null,
    cvr: cvr?.value ?? null,
    cvrValid: cvr ? cvr.valid : null,
    address: address.length ? clean(address.join(', ')) : null,
    country: country?.name ?? null,
    countryCode: country?.code ?? null,
    blank,
    evidence: evidenceAt(fd.text, start, end, 'front'),
  };
}

function roleOf(word: string): Party['role'] {
  return /dataansvarlig|controller|customer|kunde/iu.test(word) ? 'controller' : 'processor';
}

export function extractParties(fd: FieldDoc): PartiesField {
  const endMatch = FRONT_END_RE.exec(fd.text.slice(0, 6000));
  const frontEnd = Math.min(endMatch ? endMatch.index + 1 : 4000, 6000);
  const lines = fd.physicalLines({ start: 0, end: frontEnd });
  const out: PartiesField = { controller: null, processor: null };
  let blockStart = 0;
  // Skip the title lines: the first party starts after "mellem"/"between" when the document says so.
  const between = lines.findIndex((l) => /(?:^|\s)(?:mellem|between)[ \t:]*$/iu.test(fd.text.slice(l.start, l.end)));
  if (between >= 0) blockStart = between + 1;
  for (let i = 0; i < lines.length; i++) {
    const t = fd.text.slice(lines[i]!.start, lines[i]!.end);
    const heading = HEADING_ROLE_RE.exec(t.trim());
    if (heading) {
      // "1. Databehandleren" as a heading (2018 template): the block follows it.
      let j = i + 1;
      while (j < lines.length && !/^\d{1,2}\.?[ \t]/u.test(fd.text.slice(lines[j]!.start, lines[j]!.end))) j++;
      const role = roleOf(heading[1]!);
      if (!out[role]) out[role] = parseBlock(fd, lines.slice(i + 1, j), role);
      blockStart = j;
      i = j - 1;
      continue;
    }
    ROLE_RE.lastIndex = 0;
    const marker = ROLE_RE.exec(t);
    if (!marker || i < blockStart - 1) continue;
    const role = roleOf(marker[1]!);
    if (!out[role]) {
      // The text before the marker on its line belongs to the block ("Land: herefter …", "Kunde herefter …").
      const block = lines.slice(blockStart, i);
      const before = t.slice(0, marker.index).replace(/(?:herefter|hereinafter)\s*$/iu, '').trim();
      if (before && !/^(?:og|and)$/iu.test(before)) block.push(lines[i]!);
      out[role] = parseBlock(fd, block, role);
    }
    blockStart = i + 1;
  }
  return out;
}
