/**
 * The direction model of derivation (derivation.ts directionOf()): log-odds per unit of each piece
 * of direction evidence that the copying went from one telling to the other. The text-evidence
 * weights are fitted by eval/train-derivation.ts (logistic regression over the true edges of the
 * generated derivation sets, without publication times), which rewrites this file; the weight of the
 * publication order is set by hand, and the growth of one outlet's versions is a measured rate
 * (VERSION_GROWTH in derivation.ts). The exponent of the direction in an edge's weight is chosen on
 * a grid by the same script, by the parent accuracy without times.
 */
import type { DirectionFeatures } from './derivation.js';

/**
 * A weight for each piece of direction evidence but the growth of versions (DirectionFeatures gives
 * what each is), and `exponent`: the power of the direction's probability in an edge's weight
 * (strength × p^exponent): at 1 an uncertain direction halves the edge to a direct source, and a
 * grandparent whose direction is clearer wins; chosen on a grid by cross-validation by topic
 * (eval/train-derivation.ts).
 */
export type DirectionModel = Record<Exclude<keyof DirectionFeatures, 'growth'>, number> & { exponent: number };

export const DIRECTION_MODEL: DirectionModel = { asymmetry: 3.42, outgroup: 3.16, wording: 1.5, credit: 2.26, update: 1.82, order: 5, exponent: 0.5 };
