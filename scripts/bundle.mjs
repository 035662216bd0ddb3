// Bundles the command line (dist/src/cli/main.js, as tsc wrote it) into dist/cli/ with esbuild, so
// that `storydiff` loads one file and a few small lazily loaded chunks instead of a hundred modules:
// resolving and reading each module was a large share of every start. The library (dist/src) is
// left as it is, with its types. Commands loaded lazily (serve, the corpus commands) stay separate
// chunks, loaded only when run, and share one copy of every module with the main file.
//
// Files that the code finds beside itself (`new URL('../../data/wordnet.txt', import.meta.url)`,
// `require('../../../package.json')`) are re-pointed from the bundle's folder, so the bundle reads
// the same data tables as the library. Packages that are heavy and only on lazy paths, or native,
// stay external and load from node_modules as before.
//
// `storydiff compare` loads the same command line bundled once more as one CommonJS script,
// dist/cli/compare.cjs, with a V8 code cache made here by comparing the example pair
// (scripts/code-cache.mjs, bin/cli-loader.js): node 20 keeps no compiled code for ES modules.
// Deterministic: the same dist/src, the same bundles (the code cache is V8's and belongs to the
// Node.js version that built it; another one ignores it).
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outdir = join(root, 'dist', 'cli');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));

// on the compare path and small: bundled; everything else stays in node_modules
const BUNDLED = new Set(['commander', 'diff', 'stemmer']);
const external = Object.keys(pkg.dependencies).filter((d) => !BUNDLED.has(d));

/** A path relative to the bundle's folder, for a path relative to `file`. */
const repoint = (file, rel) => {
  let r = relative(outdir, resolve(dirname(file), rel)).split('\\').join('/');
  if (!r.startsWith('.')) r = './' + r;
  return r;
};

const relativeFiles = {
  name: 'relative-files',
  setup(b) {
    b.onLoad({ filter: /[\\/]dist[\\/]src[\\/].*\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8')
        .replace(/new URL\((['"])(\.{1,2}\/[^'"]+)\1, import\.meta\.url\)/g, (_, q, rel) => `new URL(${q}${repoint(args.path, rel)}${q}, import.meta.url)`)
        .replace(/\brequire\((['"])(\.{1,2}\/[^'"]+\.json)\1\)/g, (_, q, rel) => `require(${q}${repoint(args.path, rel)}${q})`);
      return { contents: text, loader: 'js' };
    });
  },
};

rmSync(outdir, { recursive: true, force: true });
await build({
  entryPoints: { main: join(root, 'dist', 'src', 'cli', 'main.js') },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [relativeFiles],
  chunkNames: 'chunk-[hash]',
  legalComments: 'inline',
  // commander is CommonJS: its require() of Node's own modules needs a require in an ES module
  banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
  logLevel: 'warning',
});

// the compare command's script: every module in one file (the lazily loaded commands are inlined but
// run only when called), import.meta.url read from the script's own path
await build({
  entryPoints: [join(root, 'dist', 'src', 'cli', 'main.js')],
  outfile: join(outdir, 'compare.cjs'),
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  external,
  plugins: [relativeFiles],
  legalComments: 'inline',
  define: { 'import.meta.url': '__bundleUrl' },
  banner: { js: "const __bundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
});
// fixed seeds make the same cache at every build (see scripts/code-cache.mjs)
const cache = spawnSync(process.execPath, ['--hash-seed=1', '--random-seed=1', join(root, 'scripts', 'code-cache.mjs')], { stdio: 'inherit' });
if (cache.status !== 0) throw new Error(`bundle: making the code cache failed (exit ${cache.status})`);
