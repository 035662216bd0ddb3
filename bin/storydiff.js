#!/usr/bin/env node
import { loadMain } from './cli-loader.js';

loadMain(process.argv)
  .then((main) => main(process.argv))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (err) => {
      // main() prints its own errors; this is the last guard, for a bug that escapes it
      process.stderr.write(`storydiff: internal error: ${err && err.message ? err.message : String(err)}\n`);
      if (process.argv.includes('--debug') && err && err.stack) process.stderr.write(err.stack + '\n');
      process.exitCode = 2;
    },
  );
