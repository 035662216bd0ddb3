/** Every check, in report order. Ids are kebab-case and never renamed once released. */
import type { Check } from './context.js';
import { claimAdded } from './claim-added.js';
import { claimDropped } from './claim-dropped.js';

export const CHECKS: Check[] = [claimAdded, claimDropped];
export type { Check, CheckContext, Report } from './context.js';
