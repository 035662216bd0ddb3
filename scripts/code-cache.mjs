// Makes dist/cli/compare.cache, the V8 code cache that bin/cli-loader.js gives dist/cli/compare.cjs:
// compiles the script without a cache, runs `storydiff compare` on the example pair in this process
// (so that the functions a comparison runs are compiled), then asks V8 for the cache of the script.
//
// Run by scripts/bundle.mjs as `node --hash-seed=1 --random-seed=1 scripts/code-cache.mjs`: with
// fixed seeds (and no flushing of unused bytecode while it runs) the cache is the same bytes at every
// build on the same Node.js. The flags are set back to their defaults before the cache is made, as
// V8 refuses a cache made under other flags; the seeds only changed how this process hashed strings.
// The cache belongs to the Node.js version that made it: under another one, V8 refuses it and
// storydiff compiles as it did without it. It changes the time a start takes, never the output.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { CACHE_PATH, compileCli } from '../bin/cli-loader.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const example = join(root, 'examples', 'harbor-fire');
const dir = mkdtempSync(join(tmpdir(), 'storydiff-code-cache-'));
try {
  rmSync(CACHE_PATH, { force: true });
  setFlagsFromString('--no-flush-bytecode');
  const { exports, script } = compileCli(false);
  const out = join(dir, 'out.json');
  const code = await exports.main([process.execPath, 'storydiff', 'compare', join(example, 'base.txt'), join(example, 'revised.txt'), '--format', 'json', '--fail-on', 'none', '--out', out]);
  if (code !== 0) throw new Error(`code-cache: the example comparison exited ${code}`);
  for (const flag of ['--flush-bytecode', '--hash-seed=0', '--random-seed=0']) setFlagsFromString(flag);
  writeFileSync(CACHE_PATH, script.createCachedData());
} finally {
  rmSync(dir, { recursive: true, force: true });
}
