/** The inputs of each property, as fast-check arbitraries: one definition for the tests and the fuzz command. */
import fc from 'fast-check';
import type { Input, PropertyName } from './properties.js';
import { anyText, corpusSnippets, mutatedPair, newsText, profile, typographyPair, type Scale } from './arbitraries.js';

/**
 * The inputs of a property. `corpus` holds real texts (their mutations stand beside generated text);
 * `scale` bounds the sizes (small in tests, larger when fuzzing).
 */
export function inputsFor(name: PropertyName, corpus: readonly string[], scale: Scale): fc.Arbitrary<Input> {
  const real = fc.constantFrom(...corpus);
  const snippet = fc.constantFrom(...corpusSnippets(corpus));
  const text = fc.oneof(newsText(scale), anyText(), snippet, real);
  const withProfile = (pair: fc.Arbitrary<{ base: string; revised: string }>) =>
    fc.tuple(pair, profile()).map(([p, prof]): Input => ({ base: p.base, revised: p.revised, profile: prof }));
  switch (name) {
    case 'well-formed':
    case 'deterministic':
      return withProfile(
        fc.oneof(
          fc.record({ base: newsText(scale), revised: newsText(scale) }),
          fc.record({ base: anyText(), revised: anyText() }),
          mutatedPair(real, scale),
          mutatedPair(newsText(scale), scale),
          mutatedPair(snippet, scale),
          fc.tuple(text, fc.boolean()).map(([t, left]) => (left ? { base: '', revised: t } : { base: t, revised: '' })),
        ),
      );
    case 'self':
      return withProfile(fc.oneof(text, mutatedPair(real, scale).map((p) => p.base)).map((t) => ({ base: t, revised: t })));
    case 'typography':
      return withProfile(typographyPair(fc.oneof(newsText(scale), snippet, real, mutatedPair(snippet, scale).map((p) => p.revised))));
  }
}
