// Loads the command line for bin/storydiff.js. `storydiff compare` (the command run most, and the one
// whose start-up counts) loads dist/cli/compare.cjs, one script holding the whole command line, with
// the V8 code cache that `npm run build` made for it by comparing the example pair
// (scripts/code-cache.mjs): the functions a comparison runs start from their compiled bytecode
// instead of being parsed and compiled again at every start. Every other command loads the ES module
// bundle dist/cli/main.js and the chunks it imports lazily. Both are built from the same dist/src by
// scripts/bundle.mjs and behave alike; the choice changes the time taken, not the output.
//
// The cache is only an aid: V8 checks that it was made by the same V8, with the same flags, for the
// same script, and ignores it otherwise (another Node.js version, a flag such as --cpu-prof); a
// missing cache or script falls back to compiling, or to the ES module bundle.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';

const DIST = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli');
export const SCRIPT_PATH = join(DIST, 'compare.cjs');
export const CACHE_PATH = join(DIST, 'compare.cache');

/**
 * Compiles and runs dist/cli/compare.cjs as a CommonJS module, with the code cache when `useCache`
 * and one is there. Returns the module's exports and the compiled script (to make a cache of).
 */
export function compileCli(useCache = true) {
  const source = readFileSync(SCRIPT_PATH, 'utf8');
  let cachedData;
  if (useCache) {
    try {
      cachedData = readFileSync(CACHE_PATH);
    } catch {
      cachedData = undefined;
    }
  }
  // the wrapper Node.js puts around a CommonJS module, on the script's first line (line numbers hold)
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: SCRIPT_PATH, cachedData });
  const module = { exports: {} };
  script.runInThisContext()(module.exports, createRequire(SCRIPT_PATH), module, SCRIPT_PATH, DIST);
  return { exports: module.exports, script };
}

/** The command line's main() for these arguments. */
export async function loadMain(argv) {
  if (argv[2] === 'compare') {
    let exports;
    try {
      exports = compileCli().exports;
    } catch (err) {
      // not built (an old or partial dist): the ES module bundle does the same
      if (!(err && err.code === 'ENOENT')) throw err;
    }
    if (exports) return exports.main;
  }
  return (await import('../dist/cli/main.js')).main;
}
