// Table D of `npm run eval:art28`: which false negatives are near copies of a sentence labelled in another DPA.
import { describe, expect, it } from 'vitest';
import { labelledTwin, nearCopy, wordSet } from '../../scripts/eval-art28-consistency.js';

const clause = 'The processor shall assist the controller in ensuring compliance with its obligations under Articles 32 to 36 of the GDPR.';

describe('near copies of labelled sentences', () => {
  it('treat re-cased, renumbered and lightly edited wording as the same sentence', () => {
    expect(nearCopy(wordSet(clause), wordSet(`(c) ${clause.toUpperCase()}`))).toBe(true);
    expect(nearCopy(wordSet(clause), wordSet(clause.replace('GDPR', 'General Data Protection Regulation')))).toBe(true);
  });

  it('do not match a different obligation that shares the boilerplate', () => {
    const other = 'The processor shall notify the controller without undue delay after becoming aware of a personal data breach.';
    expect(nearCopy(wordSet(clause), wordSet(other))).toBe(false);
  });

  it('do not match a short sentence inside a long one about something else', () => {
    const short = 'The processor shall assist the controller.';
    expect(nearCopy(wordSet(short), wordSet(clause))).toBe(false);
    const long = `${clause} It shall also keep records of all categories of processing activities, appoint a data protection officer where required, and cooperate with the supervisory authority on request in the performance of its tasks.`;
    expect(nearCopy(wordSet(clause), wordSet(long))).toBe(false);
  });

  it('name the other DPA that labels the twin, never the same one', () => {
    const labelled = [
      { dpa: 'online-1', words: wordSet(clause) },
      { dpa: 'online-2', words: wordSet(`${clause} `) },
    ];
    expect(labelledTwin('online-1', clause, labelled)).toBe('online-2');
    expect(labelledTwin('online-3', clause, labelled)).toBe('online-1');
    expect(labelledTwin('online-3', 'Each party bears its own costs under this agreement and its annexes.', labelled)).toBeUndefined();
    expect(labelledTwin('online-1', clause, labelled.slice(0, 1))).toBeUndefined();
  });
});
