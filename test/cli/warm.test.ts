// bin/dpa-lint.js starts the first lint worker before loading the CLI when the command line will lint something.
import { describe, expect, it } from 'vitest';
import { toWarm } from '../../src/cli/warm.js';

describe('toWarm', () => {
  it('warms for a lint run, with the parser of the first PDF or DOCX among the files (option values skipped)', () => {
    expect(toWarm(['dpa.pdf'])).toEqual({ kind: 'pdf' });
    expect(toWarm(['-f', 'json', 'notes.txt', 'DPA.DOCX'])).toEqual({ kind: 'docx' });
    expect(toWarm(['extract', 'a.docx', '--format', 'csv'])).toEqual({ kind: 'docx' });
    expect(toWarm(['a.pdf', 'b.pdf', 'c.pdf', 'd.pdf', '--jobs', '2'])).toEqual({ kind: 'pdf' });
    expect(toWarm(['dpa.txt', '-o', 'report.pdf', '--config', 'x.docx'])).toEqual({ kind: null });
    expect(toWarm(['contracts/'])).toEqual({ kind: null });
    expect(toWarm(['-'])).toEqual({ kind: null });
  });

  it('does not warm when nothing will be linted', () => {
    expect(toWarm([])).toBeNull();
    expect(toWarm(['rules'])).toBeNull();
    expect(toWarm(['--help'])).toBeNull();
    expect(toWarm(['dpa.pdf', '--version'])).toBeNull();
    expect(toWarm(['--print-config', 'dpa.pdf'])).toBeNull();
    expect(toWarm(['--format', 'json'])).toBeNull();
  });
});
