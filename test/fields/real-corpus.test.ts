// Values read from the real DPAs in ../shared/corpus-real where the document states them (numbers and categories only:
// no names of people from those documents are copied here). Skipped when the corpus is absent.
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/engine/lint.js';
import { fieldsOf, type DpaFields } from '../../src/fields/index.js';

const REAL = '../shared/corpus-real';

async function real(file: string): Promise<DpaFields> {
  const doc = await analyze(new Uint8Array(readFileSync(`${REAL}/${file}`)), `${REAL}/${file}`);
  return fieldsOf(doc)!;
}

describe.skipIf(!existsSync(REAL))('fields of real DPAs', () => {
  it.each([
    ['deranged-fixanalytics-vilkaar-dpa-da.md', 8],
    ['erst-itrammeaftale-bilag7-da.md', 24],
    ['aabenforms-databehandleraftale-da.md', 24],
    ['crmx-plesnertech-dpa-da.md', 24],
    ['klerk-dpa-da.md', 48],
    ['klerk-dpa-en.md', 48],
    ['plausible-dpa-en.md', 48],
    ['commonpaper-dpa-standard-terms-en.md', 72],
  ])('%s: breach notice within %d hours', async (file, hours) => {
    expect((await real(file)).breachNotice.deadline?.hours).toBe(hours);
  });

  it.each([
    ['deranged-fixanalytics-vilkaar-dpa-da.md', 2],
    ['commonpaper-dpa-standard-terms-en.md', 14],
    ['erst-itrammeaftale-bilag7-da.md', 90],
  ])('%s: sub-processor notice of %d days', async (file, days) => {
    expect((await real(file)).subprocessorTerms.noticeDays).toBe(days);
  });

  it('erst: specific authorisation (7.3 option 1), no transfers, deletion, ISAE statement', async () => {
    const f = await real('erst-itrammeaftale-bilag7-da.md');
    expect(f.subprocessorTerms.authorisation.type).toBe('specific');
    expect(f.transfers.instruction).toBe('none');
    expect(f.deletion.choice).toBe('delete');
    expect(f.audit.concepts).toContain('auditor-statement');
    expect(f.dataCategories.cpr).toBe(true);
  });

  it('operia: a sub-processor table with transfer bases per entry', async () => {
    const f = await real('operia-dca-bilag-abcd-da.md');
    expect(f.subprocessors.entries).toHaveLength(9);
    const us = f.subprocessors.entries.filter((e) => e.countryCode === 'US');
    expect(us.length).toBeGreaterThan(0);
    expect(us.every((e) => /SCC|standardkontrakt|Data Privacy Framework|DPF/i.test(e.transferBasis ?? ''))).toBe(true);
    expect(f.transfers.bases).toEqual(expect.arrayContaining(['scc', 'dpf']));
    expect(f.dataCategories.special).toBe(false);
    expect(f.dataCategories.criminal).toBe(false);
  });

  it('aabenforms: a list of placeholder rows is not a list, nor "no sub-processors"', async () => {
    const f = await real('aabenforms-databehandleraftale-da.md');
    expect(f.subprocessors.entries).toEqual([]);
    expect(f.subprocessors.status).not.toBe('none');
    expect(f.dataCategories.special).toBe(true);
  });

  it('connectedcars (PDF): five sub-processors, transfers allowed to the listed ones', async () => {
    const f = await real('connectedcars-databehandleraftale-da.pdf');
    expect(f.subprocessors.entries).toHaveLength(5);
    expect(f.transfers.instruction).toBe('blanket');
    expect(f.breachNotice.deadline?.hours).toBe(48);
  });
});
