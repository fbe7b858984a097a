import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/checklist/index.js';

const texts = (t: string): string[] => splitSentences(t).map((s) => s.text);

describe('splitSentences', () => {
  it('does not split after legal abbreviations', () => {
    expect(texts('The processor assists under Art. 28(3)(f) GDPR, e.g. with DPIAs. Next sentence here.')).toEqual([
      'The processor assists under Art. 28(3)(f) GDPR, e.g. with DPIAs.',
      'Next sentence here.',
    ]);
    expect(texts('Databehandleren bistår jf. artikel 28, stk. 3, litra f, bl.a. med konsekvensanalyser. Ny sætning.')).toHaveLength(2);
  });

  it('splits the points of a list after a lead-in', () => {
    expect(texts('The processor shall: (a) process only on instructions; (b) keep the data confidential.')).toEqual([
      'The processor shall:',
      '(a) process only on instructions;',
      '(b) keep the data confidential.',
    ]);
  });

  it('joins a sentence wrapped over lines and keeps blank lines as boundaries', () => {
    expect(texts('The processor shall only process the data in accordance with\nthe instructions of the controller.\n\nHeading')).toEqual([
      'The processor shall only process the data in accordance with the instructions of the controller.',
      'Heading',
    ]);
  });

  it('does not end a sentence at "Art." at the end of a line', () => {
    expect(texts('The processor assists with its obligations under Art.\n32 to 36 GDPR.')).toEqual(['The processor assists with its obligations under Art. 32 to 36 GDPR.']);
  });

  it("starts a sentence at a party's promise after an address row that lost its cell borders", () => {
    expect(texts('Talentlms 315 Montgomery Street, San Francisco, CA 94104, USA Online Learning Management System\nProcessor shall impose its obligations on any Subcontractor.')).toEqual([
      'Talentlms 315 Montgomery Street, San Francisco, CA 94104, USA Online Learning Management System',
      'Processor shall impose its obligations on any Subcontractor.',
    ]);
    // A party named after an article or a modifier is the same sentence going on.
    expect(texts('If so required, The Processor shall inform the Data Processor must help.')).toHaveLength(1);
    expect(texts('Where the controller objects to the new sub-processor within the notice period set out above, the\nProcessor shall stop.')).toHaveLength(1);
  });

  it('gives offsets into the input', () => {
    const input = 'First sentence.  Second sentence.\n\nThird.';
    for (const s of splitSentences(input)) expect(input.slice(s.start, s.end)).toBe(s.text);
  });

  it('remembers the heading a sentence stands under', () => {
    const [, body] = splitSentences('## Audit rights\n\nThe controller may audit the processor once a year.');
    expect(body!.heading).toBe('Audit rights');
  });
});
