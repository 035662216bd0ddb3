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
  bias: -6,
  weights: { terms: 20, lead: 0, names: 4, top: 0, people: 2, peopleApart: -1, dates: 1, dateConflict: -1.5, quantities: 1, quantityConflict: 0 },
  join: 0.5,
  merge: 0.7,
  days: { free: 3, perLogDay: 1.5 },
};
