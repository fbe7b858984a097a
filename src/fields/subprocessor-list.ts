// The list of approved sub-processors (template Bilag B.1: name, CVR, address, description of the processing).
// Read from a table when the extractor kept one (DOCX, Markdown, tab-separated text), else from the lines of a
// table that a PDF flattened into text — where one entry spans several lines and the columns are lost.
import { COMPANY_FORM_HINTS, findCountries, type CountryMention, type CountryRegion } from './countries.js';
import { findCvrNumbers } from './cvr.js';
import { clean, evidenceAt, type Evidence } from './evidence.js';
import type { FieldDoc, PhysicalLine, Span } from './view.js';

export interface Subprocessor {
  name: string | null;
  /** CVR number (8 digits) or a foreign registration number, as written. */
  registration: string | null;
  registrationKind: 'cvr' | 'foreign' | null;
  /** Modulus-11 check of a CVR number; null for foreign numbers or none. */
  cvrValid: boolean | null;
  address: string | null;
  /** Country of establishment or processing, when the entry names one (English name, ISO code). */
  country: string | null;
  countryCode: string | null;
  region: CountryRegion | null;
  /** How the country was found: named, a US state/ZIP, a postcode prefix, or only hinted by a company form. */
  countrySource: 'named' | 'us-state' | 'postcode' | 'company-form' | null;
  /** Country a legal-form suffix hints at ("Inc." → US) when no country is named: a hint, never proof. */
  countryHint: string | null;
  description: string | null;
  /** Transfer basis as the list states it ("SCC", "EU-U.S. Data Privacy Framework"), if it has such a column. */
  transferBasis: string | null;
  /** Processing location as the list states it, if it has such a column. */
  location: string | null;
  evidence: Evidence;
}

export interface SubprocessorListField {
  /** listed: entries found; none: the DPA says no sub-processors are used; empty: the list is there but blank; absent: no list found. */
  status: 'listed' | 'none' | 'empty' | 'absent';
  entries: Subprocessor[];
  evidence: Evidence | null;
}

type Column = 'name' | 'registration' | 'address' | 'country' | 'location' | 'description' | 'basis' | 'other';

const COLUMN_TESTS: Array<[Column, RegExp]> = [
  ['basis', /grundlag|overførsel|transfer|safeguard|mechanism|lovligt/iu],
  ['registration', /cvr|^reg\b|registration|registrerings|org\.?[ ]?nr|company[ ]?(?:number|no)|vat|moms/iu],
  ['address', /adresse|address|hjemsted|registered office|domicile/iu],
  ['country', /^land$|^lande$|country|hjemland|jurisdiction|^land\b/iu],
  ['location', /lokalitet|lokation|location|placering|datacenter|data cent(?:er|re)|hosting region|where/iu],
  ['name', /^navn|name|leverandør|underdatabehandler|sub-?processor|entity|company|firma|vendor|provider|virksomhed|selskab|underleverandør|supplier/iu],
  ['description', /beskrivelse|behandling|funktion|formål|purpose|description|activit|aktivitet|ydelse|opgave|nature|processing|service|function|role|anvendelse|anvendes/iu],
];

function columnOf(header: string): Column {
  const h = header.trim();
  for (const [col, re] of COLUMN_TESTS) if (re.test(h)) return col;
  return 'other';
}

const NONE_RE = /(?:anvender|benytter|bruger|gør)[ \t\n]{1,3}(?:ikke|ingen)[ \t\n]{1,3}(?:brug[ \t\n]{1,3}af[ \t\n]{1,3})?(?:nogen[ \t\n]{1,3})?underdatabehandlere|ingen[ \t\n]{1,3}underdatabehandlere(?![ \t\n]{1,3}(?:uden|udenfor|i[ \t\n]{1,3}tredje|outside))|(?:does|do|will)[ \t\n]{1,3}not[ \t\n]{1,3}(?:use|engage|appoint)[ \t\n]{1,3}(?:any[ \t\n]{1,3})?sub-?processors|no[ \t\n]{1,3}sub-?processors[ \t\n]{1,3}(?:are|will)/iu;
// The sentence after the list ("… godkendt brugen af ovennævnte underdatabehandlere …") ends it.
const CLOSING_RE = /ovennævnte|ovenstående|nævnt[ \t\n]{1,3}ovenfor|above[- ]mentioned|listed[ \t\n]{1,3}above|specifikt[ \t\n]{1,3}godkendt|databehandleren[ \t\n]{1,3}må[ \t\n]{1,3}ikke/iu;
// The lead-in sentence before the list.
const INTRO_RE = /følgende[ \t\n]{1,3}underdatabehandlere|following[ \t\n]{1,3}sub-?processors/iu;

const STREET_WORDS = String.raw`(?:vej|vejen|gade|gaden|vænget|allé|alle|plads|pladsen|torv|torvet|stræde|strædet|parken|park|vang|bakken|høj|holm|holmen|kaj|kajen|strasse|straße|str\.|road|rd\.?|street|st\.|avenue|ave\.?|lane|quay|square|boulevard|blvd\.?|way|drive|pkwy|parkway|court|ct\.|green|place|rue|weg|laan|gracht|plein|väg|vägen|gatan|building|tower|house)`;
const STREET_RE = new RegExp(String.raw`(?<![A-Za-zÀ-ÖØ-öø-ɏ])[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'.-]{0,30}${STREET_WORDS}[ \t]{0,2}\d{1,4}`, 'u');
const STREET_START_RE = new RegExp(String.raw`^(?:[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ'.-]{0,30}${STREET_WORDS}[ \t]{0,2}\d{1,4}|\d{1,5}[a-zA-Z]{0,3}[ ,-]|(?:Floor|Suite|Unit|Level|Etage|Postboks|P\.?O\.? Box|c\/o)[ \t]|\d{1,2}(?:st|nd|rd|th)[ \t]Floor)`, 'u');
// Postcodes: "DK-5500 Middelfart", "2100 København Ø", "91710 Gunzenhausen", "CA 94043", "London N1 6DR", "EC2N 4AY", "Dublin 18".
const POSTCODE_RE = /(?:(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])(?:[A-Z]{1,2}-)?\d{4,5}[ \t]{1,3}[A-ZÀ-ÖØ-Þ]|(?<![A-Za-zÀ-ÖØ-öø-ɏ])[A-Z]{2}[ \t]\d{5}(?!\d)|(?<![A-Za-zÀ-ÖØ-öø-ɏ\d])[A-Z]{1,2}\d[A-Z\d]?[ \t]\d[A-Z]{2}(?![A-Za-zÀ-ÖØ-öø-ɏ])|Dublin[ \t]\d{1,2}(?!\d))/u;
const REG_LINE_RE = /^(?:CVR|SE|VAT|Reg(?:istration)?\.?|Registreringsnummer|Company[ \t]number|Org\.?[ \t]?nr|Organisation|Organization|KvK|HRB|SIREN|SIRET)\b/iu;
const FOREIGN_REG_RE = /(?:registration|reg\.|registrerings|company|org\.?|organi[sz]ation|vat|kvk|hrb|siren|siret)[ \t]{0,2}(?:number|no\.?|nr\.?|nummer)?[ \t]{0,2}[:.]?[ \t]{0,3}([A-Z]{0,3}[ ]?\d[\d.-]{2,20}(?:[ ]\d[\d.-]{0,20}){0,3}[A-Z]?)(?![A-Za-zÀ-ÖØ-öø-ɏ\d])/iu;
const LEGAL_FORM_GLUE_RE = /(GmbH|SARL|SAS|Inc\.|Inc|LLC|Limited|Ltd\.|Ltd|A\/S|ApS|B\.V\.|AB|Oy|plc|PLC|AG|S\.A\.)(?=[A-ZÀ-ÖØ-Þ\d])/u;

/** Country of an entry: a named country (the last one), else a US state/ZIP, else a postcode prefix. */
function countryOf(texts: string[]): { mention: CountryMention | null; source: Subprocessor['countrySource'] } {
  // Sources in order of authority (country column, location column, address, name); the last mention in a source.
  for (const t of texts) {
    const named = findCountries(t).filter((m) => m.kind === 'country' && m.country);
    if (named.length) return { mention: named[named.length - 1]!, source: 'named' };
  }
  const mentions = texts.flatMap((t) => findCountries(t));
  const us = mentions.find((m) => m.kind === 'us-state');
  if (us) return { mention: us, source: 'us-state' };
  const post = mentions.find((m) => m.kind === 'postcode');
  if (post) return { mention: post, source: 'postcode' };
  return { mention: null, source: null };
}

interface Draft {
  name: string[];
  registration: string[];
  address: string[];
  description: string[];
  country: string[];
  location: string[];
  basis: string[];
  start: number;
  end: number;
}

function emptyDraft(start: number, end: number): Draft {
  return { name: [], registration: [], address: [], description: [], country: [], location: [], basis: [], start, end };
}

/** Address lines joined: a line ending in a comma or a line starting with a number continues the previous one. */
function joinAddress(lines: string[]): string {
  let out = '';
  for (const raw of lines) {
    const l = raw.trim();
    if (!l) continue;
    out = out === '' ? l : /,$/.test(out) || /^\d/.test(l) ? `${out} ${l}` : `${out}, ${l}`;
  }
  return out;
}

function finish(d: Draft, fd: FieldDoc, clause: string): Subprocessor | null {
  const name = clean(d.name.join(' / ')) || null;
  const description = clean(d.description.join(' ')) || null;
  const address = clean(joinAddress(d.address)) || null;
  if (!name && !description && !address && d.registration.length === 0) return null;
  // A row of placeholders ("[Hostingleverandør, fx Contabo GmbH] | [reg.nr.]") is an unfilled template row, not an entry.
  if (name && /^\[[^\]]*\]$/u.test(name)) return null;
  let registration: string | null = null;
  let registrationKind: Subprocessor['registrationKind'] = null;
  let cvrValid: boolean | null = null;
  const regText = d.registration.join(' ');
  const cvr = findCvrNumbers(regText, { bare: true })[0] ?? findCvrNumbers([name ?? '', address ?? ''].join(' '))[0];
  if (cvr) {
    registration = cvr.value;
    registrationKind = 'cvr';
    cvrValid = cvr.valid;
  } else {
    const foreign = FOREIGN_REG_RE.exec(regText) ?? FOREIGN_REG_RE.exec(address ?? '');
    if (foreign) {
      registration = clean(foreign[1]!).replace(/[.\s]+$/, '');
      registrationKind = 'foreign';
    } else if (/\d{5,}/.test(regText)) {
      registration = clean(regText);
      registrationKind = 'foreign';
    }
  }
  const { mention, source } = countryOf([d.country.join(' '), d.location.join(' '), address ?? '', name ?? '']);
  const country = mention?.country ?? null;
  let countrySource = country ? source : null;
  if (!country && mention?.kind === 'region') countrySource = null;
  let countryHint: string | null = null;
  if (!country && name) {
    const hint = COMPANY_FORM_HINTS.find((h) => h.re.test(name));
    if (hint) {
      // A hint only: recorded so a rule can say "possibly", never treated as the country.
      countrySource = 'company-form';
      countryHint = hint.code;
    }
  }
  const sp: Subprocessor = {
    name,
    registration,
    registrationKind,
    cvrValid,
    address,
    country: country?.name ?? null,
    countryCode: country?.code ?? null,
    region: country?.region ?? null,
    countrySource,
    countryHint,
    description,
    transferBasis: clean(d.basis.join(' ')) || null,
    location: clean(d.location.join(' ')) || null,
    evidence: evidenceAt(fd.text, d.start, d.end, clause),
  };
  if (!sp.country && d.country.length && /\bEU\b|EØS|EEA/u.test(d.country.join(' '))) {
    sp.region = 'eu-eea';
    sp.countrySource = 'named';
  }
  return sp;
}

/** Split the first line of an entry into the name and what follows it (CVR, street) on the same line. */
function splitNameLine(fd: FieldDoc, line: PhysicalLine, d: Draft): void {
  const text = fd.text.slice(line.start, line.end);
  const cvr = findCvrNumbers(text, { bare: true })[0];
  if (cvr && cvr.start > 0) {
    d.name.push(text.slice(0, cvr.start).replace(/(?:CVR[-\s.:nr]*|DK)\s*$/iu, ''));
    d.registration.push(cvr.value);
    const rest = text.slice(cvr.end).trim();
    if (rest) d.address.push(rest);
    return;
  }
  const glue = LEGAL_FORM_GLUE_RE.exec(text);
  if (glue) {
    const cut = glue.index + glue[1]!.length;
    d.name.push(text.slice(0, cut));
    d.address.push(text.slice(cut));
    return;
  }
  const street = STREET_RE.exec(text);
  if (street && street.index > 0) {
    d.name.push(text.slice(0, street.index));
    d.address.push(text.slice(street.index));
    return;
  }
  // "Intercom3rd Floor, …": a name glued to a house number.
  const digitGlue = /^([A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ɏ .,&'-]{1,40}?[a-zß-öø-ÿ])(\d.*)$/u.exec(text);
  if (digitGlue && STREET_START_RE.test(digitGlue[2]!)) {
    d.name.push(digitGlue[1]!);
    d.address.push(digitGlue[2]!);
    return;
  }
  if (line.cells.length >= 2) {
    // A column gap in the original line: the name, then (in the template's column order) registration or address.
    d.name.push(fd.text.slice(line.cells[0]!.start, line.cells[0]!.end));
    for (const c of line.cells.slice(1)) {
      const t = fd.text.slice(c.start, c.end);
      if (REG_LINE_RE.test(t) || /^(?:DK)?\d{8}$/.test(t.replace(/\s/g, ''))) d.registration.push(t);
      else d.address.push(t);
    }
    return;
  }
  d.name.push(text);
}

function isAddressLine(t: string): boolean {
  if (STREET_START_RE.test(t) || POSTCODE_RE.test(t)) return true;
  const countries = findCountries(t);
  // A line that is (mostly) a country name: "Ireland", "Tyskland", "4AY, United Kingdom".
  return countries.some((c) => (c.kind === 'country' || c.kind === 'us-state') && t.length - c.text.length <= 12);
}

/** An address is complete once it has a postcode or ends with a country ("…, United Kingdom"). */
function addressComplete(d: Draft): boolean {
  return d.address.some((a) => {
    const t = a.replace(/(?<![\s.,])[\s.,]+$/, '');
    return POSTCODE_RE.test(t) || findCountries(t).some((c) => (c.kind === 'country' || c.kind === 'us-state') && c.end >= t.length);
  });
}

/** Lines that begin with a name and carry a CVR number or a street on the same line start a new entry. */
function isNameLine(t: string): boolean {
  if (STREET_START_RE.test(t) || REG_LINE_RE.test(t)) return false;
  const cvr = findCvrNumbers(t, { bare: true })[0];
  if (cvr && cvr.start > 0) return true;
  if (LEGAL_FORM_GLUE_RE.test(t)) return true;
  const street = STREET_RE.exec(t);
  return street !== null && street.index > 0;
}

/** Entries from the text lines of a flattened table. */
function parseLines(fd: FieldDoc, lines: PhysicalLine[], clause: string): Subprocessor[] {
  const texts = lines.map((l) => fd.text.slice(l.start, l.end));
  // A line prefix repeated in every entry ("Behandlingen omfatter følgende kategorier …") closes each entry.
  const prefixes = new Map<string, number>();
  for (const t of texts) {
    const p = t.split(/\s+/).slice(0, 3).join(' ');
    if (p.split(' ').length === 3 && t.length > 25) prefixes.set(p, (prefixes.get(p) ?? 0) + 1);
  }
  const terminator = [...prefixes.entries()].find(([, n]) => n >= 2)?.[0] ?? null;
  const drafts: Draft[] = [];
  if (terminator) {
    let group: PhysicalLine[] = [];
    for (let i = 0; i < lines.length; i++) {
      group.push(lines[i]!);
      if (texts[i]!.startsWith(terminator)) {
        drafts.push(draftFromGroup(fd, group));
        group = [];
      }
    }
    if (group.length) drafts.push(draftFromGroup(fd, group));
  } else {
    let cur: Draft | null = null;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const t = texts[i]!;
      const next = texts[i + 1];
      const startNew = () => {
        if (cur) drafts.push(cur);
        cur = emptyDraft(line.start, line.end);
        splitNameLine(fd, line, cur);
      };
      if (!cur) {
        startNew();
        continue;
      }
      const c: Draft = cur;
      const before = c.end;
      c.end = line.end;
      if (isNameLine(t) && (c.address.length > 0 || c.description.length > 0 || c.registration.length > 0)) {
        c.end = before;
        startNew();
      } else if (REG_LINE_RE.test(t)) {
        c.registration.push(t);
      } else if (isAddressLine(t)) {
        c.address.push(t);
      } else if (addressComplete(c)) {
        // After a complete address: a new name if an address follows, else the description.
        if (next !== undefined && (isAddressLine(next) || STREET_START_RE.test(next)) && !addressComplete({ ...emptyDraft(0, 0), address: [t] })) {
          c.end = before;
          startNew();
        }
        else c.description.push(t);
      } else if (c.address.length === 0 && c.description.length === 0 && next !== undefined && !isAddressLine(next) && !isNameLine(next)) {
        c.description.push(t);
      } else {
        c.address.push(t);
      }
    }
    if (cur) drafts.push(cur);
  }
  return drafts.map((d) => finish(d, fd, clause)).filter((s): s is Subprocessor => s !== null);
}

/** One entry from its lines: the first is the name, the last before the closing line the description. */
function draftFromGroup(fd: FieldDoc, group: PhysicalLine[]): Draft {
  const d = emptyDraft(group[0]!.start, group[group.length - 1]!.end);
  const lines = group.slice();
  const last = lines.pop(); // the repeated closing line (e.g. the data categories of this sub-processor)
  splitNameLine(fd, lines.shift() ?? last!, d);
  const descLine = lines.length && !isAddressLine(fd.text.slice(lines[lines.length - 1]!.start, lines[lines.length - 1]!.end)) ? lines.pop() : undefined;
  for (const l of lines) {
    const t = fd.text.slice(l.start, l.end);
    if (REG_LINE_RE.test(t)) d.registration.push(t);
    else d.address.push(t);
  }
  if (descLine) d.description.push(fd.text.slice(descLine.start, descLine.end));
  return d;
}

/** Entries from table rows whose header names the columns. */
function parseRows(fd: FieldDoc, rows: Row[], clause: string): Subprocessor[] | null {
  const headerIndex = rows.findIndex((r) => {
    const cols = new Set(r.cells.map((c) => columnOf(c.text)).filter((c) => c !== 'other'));
    return cols.size >= 2 && (cols.has('name') || cols.has('description'));
  });
  if (headerIndex < 0) return null;
  const columns = rows[headerIndex]!.cells.map((c) => columnOf(c.text));
  if (!columns.includes('name')) columns[columns.indexOf('description')] = 'name';
  const out: Subprocessor[] = [];
  for (const row of rows.slice(headerIndex + 1)) {
    if (row.cells.every((c) => /^[-=_:+| ]*$/.test(c.text))) continue;
    const d = emptyDraft(row.start, row.end);
    const rowColumns = row.cells.length < columns.length ? realign(columns, row.cells) : columns;
    row.cells.forEach((cell, i) => {
      const col = rowColumns[i] ?? 'other';
      const t = cell.text.trim();
      if (!t) return;
      if (col === 'name') d.name.push(t);
      else if (col === 'registration') d.registration.push(t);
      else if (col === 'address') d.address.push(t);
      else if (col === 'country') d.country.push(t);
      else if (col === 'location') d.location.push(t);
      else if (col === 'basis') d.basis.push(t);
      else if (col === 'description') d.description.push(t);
    });
    const sp = finish(d, fd, clause);
    if (sp) out.push(sp);
  }
  return out;
}

type Row = { cells: Array<{ text: string }>; start: number; end: number };

// In a table set with spaces, an empty cell leaves no trace: a row without its CVR number has one cell fewer, and the
// address would slide into the CVR column. Skip the registration column when the cell there is no registration number.
const REGISTRATION_LIKE = /^(?:(?:CVR|DK|VAT|Reg|HRB|Company)[\s.:-]*(?:nr\.?|no\.?)?\s*)?[A-Z]{0,3}[\s-]?\d[\d\s-]{4,}\w?$/iu;

function realign(columns: Column[], cells: Array<{ text: string }>): Column[] {
  const out: Column[] = [];
  let missing = columns.length - cells.length;
  let c = 0;
  for (const col of columns) {
    if (c >= cells.length) break;
    if (col === 'registration' && missing > 0 && !REGISTRATION_LIKE.test(cells[c]!.text.trim())) {
      missing--;
      continue;
    }
    out.push(col);
    c++;
  }
  return out;
}

/** Tables inside a span as groups of rows with offsets: table blocks, or runs of tab/pipe-separated lines. */
function tables(fd: FieldDoc, span: { start: number; end: number }): Row[][] {
  const groups: Row[][] = [];
  for (const b of fd.source.blocks) {
    if (b.kind !== 'table' || !b.rows || b.end <= span.start || b.start >= span.end) continue;
    const rows: Row[] = [];
    let cursor = b.start;
    for (const r of b.rows) {
      const first = r.find((c) => c.trim() !== '') ?? '';
      const at = first ? fd.text.indexOf(first, cursor) : -1;
      const start = at >= 0 && at < b.end ? at : cursor;
      const nl = fd.text.indexOf('\n', start);
      const end = nl >= 0 && nl < b.end ? nl : b.end;
      rows.push({ cells: r.map((text) => ({ text })), start, end });
      cursor = end;
    }
    groups.push(rows);
  }
  if (groups.length) return groups;
  // Text that kept its separators: "Name | CVR | Address" or tab-separated lines.
  let run: Row[] = [];
  for (const line of fd.physicalLines(span)) {
    const t = fd.text.slice(line.start, line.end);
    const sep = t.includes('\t') ? '\t' : (t.match(/\|/g)?.length ?? 0) >= 2 ? '|' : null;
    if (!sep) {
      if (run.length >= 2) groups.push(run);
      run = [];
      continue;
    }
    const cells = t.split(sep).map((c) => ({ text: c.trim() }));
    if (sep === '|' && cells[0]?.text === '') cells.shift();
    if (sep === '|' && cells[cells.length - 1]?.text === '') cells.pop();
    run.push({ cells, start: line.start, end: line.end });
  }
  if (run.length >= 2) groups.push(run);
  return groups;
}

/** The list region of a span in text mode: after the header (or lead-in), before the closing sentence. */
function listLines(fd: FieldDoc, span: Span): PhysicalLine[] {
  const lines = fd.physicalLines(span);
  let from = 0;
  const texts = lines.map((l) => fd.text.slice(l.start, l.end));
  const headerAt = texts.findIndex((t) => {
    const words = t.split(/\s+/);
    if (t.length > 90) return false;
    const cols = new Set(words.map(columnOf).filter((c) => c !== 'other'));
    return cols.size >= 2;
  });
  const introAt = texts.findIndex((t) => INTRO_RE.test(t));
  if (headerAt >= 0) {
    from = headerAt + 1;
    // A header wrapped onto a second line ("BESKRIVELSE AF" / "BEHANDLING").
    while (from < texts.length && texts[from]!.length < 30 && texts[from]!.split(/\s+/).every((w) => columnOf(w) !== 'other' || /^(?:AF|OF|OG|AND)$/iu.test(w))) from++;
  } else if (introAt >= 0) {
    from = introAt + 1;
  }
  let to = texts.length;
  for (let i = from; i < texts.length; i++) {
    if (CLOSING_RE.test(texts[i]!) && texts[i]!.length > 60) {
      to = i;
      break;
    }
  }
  return lines.slice(from, to);
}

export function extractSubprocessorList(fd: FieldDoc): SubprocessorListField {
  const spans = fd.sections('B.1');
  for (const span of spans) {
    const body = fd.slice(span);
    const ev = evidenceAt(fd.text, span.start, Math.min(span.end, span.start + 200), 'B.1');
    const parsed = tables(fd, span).map((rows) => parseRows(fd, rows, 'B.1')).filter((r) => r !== null);
    const entries = parsed.flat();
    if (entries.length) return { status: 'listed', entries, evidence: ev };
    if (NONE_RE.test(body)) {
      const m = NONE_RE.exec(body)!;
      return { status: 'none', entries: [], evidence: evidenceAt(fd.text, span.start + m.index, span.start + m.index + m[0].length, 'B.1') };
    }
    if (parsed.length) return { status: 'empty', entries: [], evidence: ev };
    const fromLines = parseLines(fd, listLines(fd, span), 'B.1');
    if (fromLines.length) return { status: 'listed', entries: fromLines, evidence: ev };
  }
  // Not on the template: a table whose header names sub-processors, anywhere (English DPAs put it in a schedule).
  for (const rows of tables(fd, { start: 0, end: fd.text.length })) {
    const header = rows.find((r) => r.cells.some((c) => c.text.trim() !== ''));
    const named = rows.slice(0, 3).some((r) => r.cells.some((c) => /sub-?processor|underdatabehandler|underleverandør/iu.test(c.text)));
    const before = fd.text.slice(Math.max(0, (header?.start ?? 0) - 300), header?.start ?? 0);
    if (!named && !/sub-?processors|underdatabehandlere|underleverandører/iu.test(before)) continue;
    const entries = parseRows(fd, rows, 'B.1');
    if (entries && entries.length) return { status: 'listed', entries, evidence: entries[0]!.evidence };
  }
  const none = NONE_RE.exec(fd.text);
  if (none) return { status: 'none', entries: [], evidence: evidenceAt(fd.text, none.index, none.index + none[0].length, 'B.1') };
  return { status: spans.length ? 'empty' : 'absent', entries: [], evidence: spans[0] ? evidenceAt(fd.text, spans[0].start, spans[0].start + 120, 'B.1') : null };
}
