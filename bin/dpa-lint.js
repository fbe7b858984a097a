#!/usr/bin/env node
import { main } from '../dist/src/cli/main.js';

// pdf.js runs its worker in this process and may reject an internal promise on a damaged file ("XRefEntryException")
// after the file has already been reported: that must not end the batch. Anything else still fails loudly.
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
