// Copies the JSON data files of src/ (the confidence model's weights) into dist/src/ beside the code
// that reads them: tsc compiles .ts files only. Deterministic: the same files, the same bytes.
import { copyFileSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const src = join(root, 'src');

function walk(dir) {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p);
    else if (name.endsWith('.json')) {
      const out = join(root, 'dist', 'src', relative(src, p));
      mkdirSync(dirname(out), { recursive: true });
      copyFileSync(p, out);
    }
  }
}
walk(src);
