/**
 * The story grouping model: weights of the pair features (grouping.ts) and the thresholds to join and
 * to merge stories. Trained and chosen on ECB+ development data (topics 1-20) by
 * eval/train-grouping.ts, which rewrites this file; the time-apart term is set by hand.
 */
export interface GroupingModel {
  bias: number;
  weights: { terms: number; lead: number; names: number; top: number; people: number; peopleApart: number; dates: number; dateConflict: number; quantities: number; quantityConflict: number; verbs: number; opposed: number; weekdayApart: number; yearSame: number; yearApart: number };
  /** probability at or above which an article joins a story */
  join: number;
  /** probability at or above which a further story is merged in (the article bridges them) */
  merge: number;
  /** time apart (set by hand): no effect within `free` days; beyond, log-odds fall by perLogDay per e-fold */
  days: { free: number; perLogDay: number };
}

export const GROUPING_MODEL: GroupingModel = {
  bias: -5.04,
  weights: { terms: 13.1, lead: 5.84, names: 3.21, top: 3.77, people: 2.82, peopleApart: -0.51, dates: 5.74, dateConflict: 0.4, quantities: 3.67, quantityConflict: -1.76, verbs: 0, opposed: 0, weekdayApart: 0, yearSame: 1.39, yearApart: -1.06 },
  join: 0.7,
  merge: 0.99,
  days: { free: 3, perLogDay: 1.5 },
};
