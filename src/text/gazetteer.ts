/**
 * Place names from WordNet 3.1: the proper nouns it files under a location, a body of water or a land
 * form ("Kisumu", "Seville", "Severn"), compacted at build time into dist/data/places.txt by
 * scripts/build-wordnet.mjs. Read on first use (about 3,400 names).
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let names: Set<string> | undefined;

/** True when WordNet names a place so; `lower` is lower-case, words joined by spaces. */
export function wordnetPlace(lower: string): boolean {
  names ??= new Set(readFileSync(fileURLToPath(new URL('../../data/places.txt', import.meta.url)), 'latin1').split('\n').filter(Boolean));
  return names.has(lower.replace(/ /g, '_'));
}
