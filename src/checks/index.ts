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
import { quoteAltered } from './quote-altered.js';
import { quoteFromParaphrase } from './quote-from-paraphrase.js';
import { quoteAdded } from './quote-added.js';
import { quoteDropped } from './quote-dropped.js';
import { speakerChanged } from './speaker-changed.js';
import { roleChanged } from './role-changed.js';
import { nameChanged } from './name-changed.js';
import { relationChanged } from './relation-changed.js';

export const CHECKS: Check[] = [
  claimAdded,
  claimDropped,
  numberChanged,
  dateChanged,
  placeChanged,
  negationFlipped,
  certaintyChanged,
  attributionChanged,
  quoteAltered,
  quoteFromParaphrase,
  quoteAdded,
  quoteDropped,
  speakerChanged,
  roleChanged,
  nameChanged,
  relationChanged,
];
export type { Check, CheckContext, Report } from './context.js';
