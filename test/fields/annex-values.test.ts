// Transfers (C.6), locations (C.5), deletion (11.1), retention (C.4), audit (C.7/C.8), A.3–A.5 and C.2.
import { describe, expect, it } from 'vitest';
import { parseDeletion } from '../../src/fields/deletion.js';
import { parseTransferInstruction } from '../../src/fields/transfers.js';
import { parseRetentionSentence } from '../../src/fields/retention.js';
import { parseAuditSentence } from '../../src/fields/audit.js';
import { countMeasures } from '../../src/fields/security.js';
import { CLEAN, edit } from '../helpers/clean.js';
import { fieldsOfText } from './_helpers.js';

const DEFAULT_C6 =
  'Hvis den dataansvarlige ikke i disse Bestemmelser eller efterfølgende giver en dokumenteret instruks vedrørende overførsels af personoplysninger til et tredjeland, er databehandleren ikke berettiget til inden for rammerne af disse Bestemmelser at foretage sådanne overførsler.';

describe('transfer instruction (C.6)', () => {
  it.each([
    ['Databehandleren er ikke instrueret i at overføre personoplysninger til tredjelande.', 'none', []],
    ['Bestemmelsen bortfalder idet Databehandleren ikke overfører personoplysninger til tredjelande.', 'none', []],
    [DEFAULT_C6, 'none', []],
    ['Den dataansvarlige instruerer databehandleren i at overføre personoplysninger til USA på grundlag af Kommissionens standardkontraktbestemmelser (2021/914).', 'scc', ['scc']],
    ['Overførsel til Google LLC sker på grundlag af EU-U.S. Data Privacy Framework.', 'dpf', ['dpf']],
    ['Databehandleren må overføre til lande, hvor Europa-Kommissionen har truffet afgørelse om tilstrækkeligt beskyttelsesniveau.', 'adequacy', ['adequacy']],
    ['Databehandleren overfører ikke personoplysninger til tredjelande, undtagen til de generelt godkendte underdatabehandlere listet i Bilag B', 'blanket', []],
    ['The controller authorises the processor to transfer personal data to third countries.', 'blanket', []],
  ])('%s', (text, instruction, bases) => {
    const r = parseTransferInstruction(`${text}\n\n${DEFAULT_C6}`);
    expect(r.instruction).toBe(instruction);
    expect(r.bases).toEqual(bases);
  });

  it('reads the clean DPA: no transfers, locations in Denmark', async () => {
    const f = await fieldsOfText(CLEAN);
    expect(f.transfers.instruction).toBe('none');
    expect(f.processingLocations.entries.map((l) => l.countryCode)).toEqual(['DK', 'DK', 'DK']);
  });
});

describe('deletion or return (11.1)', () => {
  it.each([
    ['er databehandleren forpligtet til at slette alle personoplysninger, der er blevet behandlet på vegne af den dataansvarlige og bekræfte over for den dataansvarlig, at oplysningerne er slettet', 'delete'],
    ['er databehandleren forpligtet til at tilbagelevere alle personoplysningerne og slette eksisterende kopier', 'return'],
    ['er databehandleren forpligtet til at tilbagelevere eller slette alle personoplysninger', 'delete-or-return'],
    ['forpligtes databehandleren til, efter den dataansvarliges valg, at slette eller tilbagelevere alle personoplysninger', 'controller-choice'],
    ['the Processor shall, at the choice of the Controller, delete or return all personal data', 'controller-choice'],
    ['the processor shall delete all personal data within 30 days', 'delete'],
  ])('%s', (text, choice) => {
    expect(parseDeletion(text)).toBe(choice);
  });
});

describe('retention (C.4)', () => {
  const parse = (s: string) => parseRetentionSentence(s, 0, s, 'C.4');
  it('reads backups kept after deletion', () => {
    const [p] = parse('Ved sletning af enhver enhed vil dataene eksistere i databehandlerens backup i op til 180 dage, hvorefter de slettes automatisk.');
    expect(p).toMatchObject({ days: 180, trigger: 'deletion', backup: true, legalRequirement: false });
  });
  it('adds an additional backup period to the one before it', () => {
    const [p, ...rest] = parse('Data slettes 90 dage efter ophør af samhandel, og kan findes på backup i yderligere 90 dage.');
    expect(rest).toEqual([]);
    expect(p).toMatchObject({ days: 180, trigger: 'termination', backup: true });
  });
  it('notes a legal requirement', () => {
    const [p] = parse('Regnskabsbilag opbevares i 5 år efter aftalens ophør i henhold til bogføringsloven.');
    expect(p).toMatchObject({ trigger: 'termination', legalRequirement: true });
  });
  it('reads English wordings', () => {
    const [p] = parse('Backups containing Customer Personal Data are retained for 90 days after termination of the Agreement.');
    expect(p).toMatchObject({ days: 90, trigger: 'termination', backup: true });
  });
  it('does not tie an unrelated end ("lejemålet ophørte") to the service', () => {
    const [p] = parse('Personoplysninger om tidligere lejere slettes automatisk fem år efter udgangen af det regnskabsår, hvor lejemålet ophørte.');
    expect(p?.trigger).toBe('other');
  });
});

describe('audit (C.7/C.8)', () => {
  const parse = (s: string) => parseAuditSentence(s, 0, s, 'C.7').map((r) => r.kind);
  it.each([
    ['Fysisk inspektion af databehandlerens lokaliteter kan alene gennemføres, såfremt den dataansvarlige på baggrund af konkrete og saglige forhold vurderer det nødvendigt.', ['conditional']],
    ['Databehandleren har dog ret til at fakturere den dataansvarlige for tidsforbruget i forbindelse med en inspektion.', ['billing']],
    ["Customer shall reimburse Processor for any time expended for any such on-site audit at Processor's then-current rates.", ['billing']],
    ['Audits may only take place where Customer has reasonable grounds to suspect non-compliance.', ['conditional']],
    ['The auditor must be approved in advance by the Processor.', ['auditor-approval']],
    ['Inspektionen skal varsles med mindst 6 uger.', ['notice']],
    ['Den dataansvarliges eventuelle udgifter afholdes af den dataansvarlige selv.', []],
    ['Databehandleren skal årligt for databehandlerens regning indhente en ISAE 3000 type II-erklæring.', []],
  ])('%s', (sentence, kinds) => {
    expect(parse(sentence)).toEqual(kinds);
  });

  it('reads the concept, standard, notice and frequency of the clean DPA', async () => {
    const f = await fieldsOfText(CLEAN);
    expect(f.audit.concepts).toEqual(['auditor-statement', 'inspection']);
    expect(f.audit.standards).toEqual(['ISAE 3000']);
    expect(f.audit.noticeDays).toBe(14);
  });

  it('recognises self-assessment only', async () => {
    const f = await fieldsOfText(
      edit(CLEAN, /(\nC\.7\. [^\n]*\n\n)[^\n]*/, '$1Tilsynet gennemføres ved, at databehandleren årligt besvarer et skriftligt spørgeskema fra den dataansvarlige.'),
    );
    expect(f.audit.concepts).toEqual(['questionnaire']);
    expect(f.audit.restrictions.map((r) => r.kind)).toContain('self-assessment-only');
  });
});

describe('data and security (A.3–A.5, C.2)', () => {
  it('reads CPR numbers and negated Art. 9 in the clean DPA', async () => {
    const f = await fieldsOfText(CLEAN);
    expect(f.dataCategories).toMatchObject({ ordinary: true, cpr: true, special: false, criminal: false, empty: false });
    expect(f.dataSubjects.items.length).toBe(1);
    expect(f.duration.kind).toBe('agreement-term');
    expect(f.security).toMatchObject({ level: 'high', generic: false, citesArt9: false });
  });

  it('reads special categories and criminal offences', async () => {
    const f = await fieldsOfText(edit(CLEAN, 'Der behandles ikke følsomme oplysninger efter databeskyttelsesforordningens artikel 9.', 'Helbredsoplysninger og oplysninger om strafbare forhold.'));
    expect(f.dataCategories).toMatchObject({ special: true, criminal: true });
    expect(f.dataCategories.sensitiveEvidence?.clause).toBe('A.3');
  });

  it('counts concrete measures, not the Art. 32 list', () => {
    expect(countMeasures('Sikkerhedsforanstaltningerne kan omfatte:\n- pseudonymisering og kryptering af personoplysninger,\n- foranstaltninger til at sikre vedvarende fortrolighed')).toBe(0);
    expect(countMeasures('Alle data krypteres med TLS 1.2. Adgang kræver MFA. Der tages daglig backup.')).toBe(3);
  });
});
