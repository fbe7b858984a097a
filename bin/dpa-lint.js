#!/usr/bin/env node
// No V8 flags are changed at run time (v8.setFlagsFromString): V8 does not support it once running, and
// '--no-regexp-tier-up' set that way (~15 % faster) is the likely cause of rare segmentation faults (5 in ~1,500 runs).
const { warmForArgs } = await import('../dist/src/cli/warm.js');

// Files are linted in worker threads (src/engine/isolate.ts): start the first one now, so that it loads the engine
// (and pdf.js or mammoth) while this thread loads the CLI.
warmForArgs(process.argv.slice(2));
const { main } = await import('../dist/src/cli/main.js');

// pdf.js rejects internal promises on damaged files ("XRefEntryException"). The lint workers absorb them; this stays
// as the guard for a file linted in this thread. Anything else still fails loudly.
process.on('unhandledRejection', (reason) => {
  const name = reason && typeof reason === 'object' ? reason.name : '';
  if (/^(XRef\w*|Format|InvalidPDF|MissingPDF|UnknownError|UnexpectedResponse|Password|Abort)(Exception|Error)$/.test(String(name))) return;
  process.stderr.write(`dpa-lint: internal error: ${reason instanceof Error ? reason.message : String(reason)}\n`);
  process.exitCode = 2;
});

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (err) => {
    // Last-resort guard: users get one line, never a stack trace.
    process.stderr.write(`dpa-lint: internal error: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 2;
  },
);
