// Builds dist/data/names.txt from the lexicon of the `compromise` package (MIT licence): the words it
// tags as first names (with gender), surnames, cities, regions, places and countries, one line each:
//   <word> <tag>,<tag>,...
// Reading this small table costs a few milliseconds; loading compromise itself costs half a second
// of every process that compares people. Deterministic: same compromise version, same output.
import { writeFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const nlp = require('compromise/two');
const lexicon = nlp.world().model.one.lexicon;
const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'data', 'names.txt');
const KEEP = /^(MaleName|FemaleName|FirstName|LastName|City|Region|Place|Country)$/;

const lines = [];
for (const word of Object.keys(lexicon).sort()) {
  if (/\s/.test(word)) continue;
  const v = lexicon[word];
  const tags = (Array.isArray(v) ? v : String(v).split(',')).filter((t) => KEEP.test(t));
  if (tags.length) lines.push(word + ' ' + [...new Set(tags)].sort().join(','));
}
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, lines.join('\n') + '\n');
