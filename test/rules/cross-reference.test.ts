import { describe, expect, it } from 'vitest';
import rule, { findReferences } from '../../rules/cross-reference.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { CLEAN, CLEAN_NESTED, edit } from '../helpers/clean.js';

ruleTester(rule).run({
  valid: [
    { name: 'clean DPA', text: CLEAN },
    { name: 'nested numbering', text: CLEAN_NESTED },
  ],
  invalid: [
    {
      name: 'reference to a clause that does not exist',
      text: edit(CLEAN, 'i henhold til Bestemmelse 6.3.', 'i henhold til Bestemmelse 6.9.'),
      errors: [{ clause: '9.2', messageIncludes: '6.9' }],
    },
  ],
});

describe('findReferences', () => {
  it('reads clause, litra and annex references', () => {
    const refs = findReferences('jf. Bestemmelse 9.2.a og Bilag C.6 samt punkt 7. og 8. og afsnit 10.2., litra b').map((r) => r.target);
    expect(refs).toEqual(['9.2.a', 'C.6', '7', '8', '10.2.b']);
  });
  it('ignores references into another document and GDPR articles', () => {
    expect(findReferences('see Section 12 of the Agreement; artikel 28, stk. 3')).toEqual([]);
    expect(findReferences('the certificate described in Clause 8.5 of the EEA SCCs; Clause 17 of the Standard Contractual Clauses')).toEqual([]);
  });
  it('still reads a reference into this DPA next to one into the SCCs', () => {
    expect(findReferences('under Clause 8.5 of this DPA and Clause 9 of the UK Addendum').map((r) => r.target)).toEqual(['8.5']);
  });
  it('stays linear on a megabyte of near-matches', () => {
    const input = 'Bestemmelse 1.1 og '.repeat(60_000);
    const t = process.hrtime.bigint();
    findReferences(input);
    expect(Number(process.hrtime.bigint() - t) / 1e9).toBeLessThan(2);
  });
});
