/**
 * Calibrated confidence: how likely a finding is to be right, from a small logistic model over what
 * the engine already knows of it (the check, the evidence weighed for a value, how well its sentence
 * is carried, what kind of claim or relation it is). The weights and each profile's threshold are
 * data (confidence.json, beside this file), trained by `npm run train` (train/train.ts) on
 * synthetic pairs, the case suite and the development sets; nothing is downloaded at run time.
 *
 * A material finding whose confidence falls below its profile's threshold is reported as notable:
 * never dropped.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Doc, Finding, Profile } from '../types.js';
import type { Alignment } from '../align/align.js';
import type { Evidence } from './evidence.js';

/** Checks with a weight of their own; the others share the bias. */
export const MODELLED_CHECKS = [
  'number-changed', 'date-changed', 'place-changed', 'name-changed', 'role-changed', 'negation-flipped',
  'relation-changed', 'quote-altered', 'quote-from-paraphrase', 'speaker-changed', 'claim-added', 'quote-added',
] as const;

/** The features, in the order of the weights. */
export const FEATURES: readonly string[] = [
  'bias',
  ...MODELLED_CHECKS.map((c) => `check:${c}`),
  'via:slot', 'via:binding',
  'evidence:bound', 'evidence:supported', 'evidence:supported-near', 'evidence:kept', 'evidence:distinct',
  'link:coverage', 'link:none',
  'claim:sentence', 'claim:clause', 'claim:detail', 'claim:coverage',
  'negation:opposites',
  'relation:swapped', 'relation:moved', 'relation:stage',
  'name:same-kind',
  'text:caseless',
  'profile:faithful',
  'span:words',
];

export interface Model {
  /** the features the weights are for, in order (must equal FEATURES) */
  features: string[];
  weights: number[];
  /** least confidence of a material finding, per profile */
  thresholds: Record<Profile, number>;
}

let model: Model | undefined;

/** The shipped model, read once. */
export function shippedModel(): Model {
  if (model) return model;
  const m = JSON.parse(readFileSync(fileURLToPath(new URL('./confidence.json', import.meta.url)), 'utf8')) as Model;
  if (m.features.join(',') !== FEATURES.join(',')) throw new Error('confidence.json does not match the features of this version (run npm run train)');
  return (model = m);
}

export interface FeatureContext {
  base: Doc;
  revised: Doc;
  alignment: Alignment;
  profile: Profile;
}

const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);

/** The feature vector of a finding (normalized spans: `revisedSentence` is its sentence in the revision, or -1). */
export function featuresOf(f: Finding, evidence: Evidence | undefined, ctx: FeatureContext, revisedSentence: number): number[] {
  const x = new Array<number>(FEATURES.length).fill(0);
  const set = (name: string, v: number) => {
    const i = FEATURES.indexOf(name);
    if (i >= 0) x[i] = v;
  };
  set('bias', 1);
  set(`check:${f.check}`, 1);
  if (evidence) {
    set(`via:${evidence.via}`, 1);
    set('evidence:bound', evidence.bound);
    set('evidence:supported', evidence.supported);
    set('evidence:supported-near', evidence.supportedNear);
    set('evidence:kept', evidence.kept);
    set('evidence:distinct', evidence.distinct);
  }
  const sup = revisedSentence >= 0 ? ctx.alignment.supports[revisedSentence] ?? [] : [];
  set('link:coverage', sup.reduce((a, s) => Math.max(a, s.coverage), 0));
  set('link:none', revisedSentence >= 0 && sup.length === 0 ? 1 : 0);
  const d = f.data;
  if (f.check === 'claim-added') {
    set(`claim:${String(d.scope)}`, 1);
    set('claim:coverage', num(d.coverage));
  }
  if (f.check === 'negation-flipped' && Array.isArray(d.antonyms)) set('negation:opposites', 1);
  if (f.check === 'relation-changed') {
    const change = String(d.change);
    set(change === 'roles-swapped' ? 'relation:swapped' : change === 'participant-moved' ? 'relation:moved' : 'relation:stage', 1);
  }
  if (f.check === 'name-changed') set('name:same-kind', d.expectedKind === d.actualKind ? 1 : 0);
  set('text:caseless', /\p{Lu}/u.test(ctx.revised.raw) ? 0 : 1);
  set('profile:faithful', ctx.profile === 'faithful' ? 1 : 0);
  const words = f.revised ? f.revised.text.split(/\s+/).filter(Boolean).length : f.base ? f.base.text.split(/\s+/).filter(Boolean).length : 0;
  set('span:words', Math.log(1 + words) / 3);
  return x;
}

/** The model's probability for a feature vector. */
export function confidenceOf(x: number[], m: Model = shippedModel()): number {
  let z = 0;
  for (let i = 0; i < x.length; i++) z += x[i]! * m.weights[i]!;
  return 1 / (1 + Math.exp(-z));
}

/** Confidence as the JSON gives it: three decimals. */
export const rounded = (p: number): number => Math.round(p * 1000) / 1000;
