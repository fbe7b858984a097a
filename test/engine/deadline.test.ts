// The per-file time limit as the engine keeps it between stages (src/engine/lint.ts Deadline).
import { describe, expect, it } from 'vitest';
import { Deadline, DEFAULT_TIMEOUT_MS } from '../../src/engine/lint.js';
import { isInputError } from '../../src/input/errors.js';

const busy = (ms: number) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};

describe('Deadline', () => {
  it('defaults to 60 s; 0 and negative values mean no limit', () => {
    expect(DEFAULT_TIMEOUT_MS).toBe(60_000);
    expect(new Deadline(undefined).ms).toBe(60_000);
    expect(new Deadline(0).ms).toBe(0);
    expect(new Deadline(-5).ms).toBe(0);
    const none = new Deadline(0);
    busy(5);
    expect(() => none.check()).not.toThrow();
  });

  it('throws E_TIMEOUT with what to do once the limit has passed, counted from restart()', () => {
    const d = new Deadline(20);
    busy(30);
    let thrown: unknown;
    try {
      d.check();
    } catch (error) {
      thrown = error;
    }
    expect(isInputError(thrown) && thrown.code).toBe('E_TIMEOUT');
    expect((thrown as Error).message).toBe('linting took longer than 20 ms: raise the limit (--timeout) or split the document');
    // The clock starts again when the file's work starts (after waiting for the extraction worker, say).
    d.restart();
    expect(() => d.check()).not.toThrow();
    // check is a bound function: the rules get it as a callback.
    const { check } = d;
    busy(30);
    expect(check).toThrow(/longer than 20 ms/);
  });
});
