/** Every check, in report order. Ids are kebab-case and never renamed once released. */
import type { Check } from './context.js';
import { claimAdded } from './claim-added.js';
import { claimDropped } from './claim-dropped.js';
import { numberChanged } from './number-changed.js';
import { dateChanged } from './date-changed.js';
import { placeChanged } from './place-changed.js';
import { negationFlipped } from './negation-flipped.js';
import { certaintyChanged } from './certainty-changed.js';
import { attributionChanged } from './attribution-changed.js';

export const CHECKS: Check[] = [
  claimAdded,
  claimDropped,
  numberChanged,
  dateChanged,
  placeChanged,
  negationFlipped,
  certaintyChanged,
  attributionChanged,
];
export type { Check, CheckContext, Report } from './context.js';
