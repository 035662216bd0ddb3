/**
 * The story grouping model: weights of the pair features (grouping.ts) and the thresholds to join and
 * to merge stories. Trained and chosen on ECB+ development data (topics 1-20) by
 * eval/train-grouping.ts, which rewrites this file; the time-apart term is set by hand.
 */
export interface GroupingModel {
  bias: number;
  weights: { terms: number; lead: number; names: number; top: number; people: number; peopleApart: number; dates: number; dateConflict: number; quantities: number; quantityConflict: number };
  /** probability at or above which an article joins a story */
  join: number;
  /** probability at or above which a further story is merged in (the article bridges them) */
  merge: number;
  /** time apart (set by hand): no effect within `free` days; beyond, log-odds fall by perLogDay per e-fold */
  days: { free: number; perLogDay: number };
}

export const GROUPING_MODEL: GroupingModel = {
  bias: -5.17,
  weights: { terms: 13.52, lead: 5.89, names: 2.99, top: 3.35, people: 3.09, peopleApart: -0.47, dates: 7.69, dateConflict: 0.25, quantities: 3.21, quantityConflict: -1.9 },
  join: 0.7,
  merge: 0.97,
  days: { free: 3, perLogDay: 1.5 },
};
