/**
 * Number words, ordinals, fractions, scale words, units and approximators, for reading quantities
 * written in words ("nearly three dozen", "half a year", "a third"). Written from English grammar
 * (Cambridge Grammar of the English Language, ch. 5 on numerals) and AP style for money and units.
 */
export const UNITS: Record<string, number> = {
  zero: 0, none: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7,
  eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40,
  fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, dozen: 12, couple: 2, single: 1,
  pair: 2, both: 2, twin: 2,
};
export const SCALES: Record<string, number> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, m: 1e6, mn: 1e6, mln: 1e6, bn: 1e9, b: 1e9, tn: 1e12, dozen: 12, score: 20, lakh: 1e5, crore: 1e7,
};
/** plural scale words used alone: "dozens of", "hundreds of" — a lower bound of two of them */
export const VAGUE_SCALES: Record<string, number> = {
  dozens: 12, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, scores: 20,
};
/** Adjectives of a run before its noun: "the sixth consecutive meeting", "a second straight year". */
export const RUN_ADJECTIVES = ['consecutive', 'straight', 'successive'];
/** Words that make counted things a run, before or after the noun ("six meetings in a row", "second year running"). */
export const RUN_WORDS = new Set([...RUN_ADJECTIVES, 'running', 'row']);

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15,
  twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, hundredth: 100, last: -1,
};
export const FRACTIONS: Record<string, number> = {
  half: 0.5, third: 1 / 3, thirds: 1 / 3, quarter: 0.25, quarters: 0.25, fifth: 0.2, fifths: 0.2,
  tenth: 0.1, tenths: 0.1,
};
/**
 * duration units in months, in the calendar news writes by: a year is 12 months or 52 weeks, a day
 * a 365th of a year ("two weeks" and "14 days" then differ by a quarter of a percent, and compare
 * within a tolerance)
 */
export const DURATION_MONTHS: Record<string, number> = {
  year: 12, years: 12, yr: 12, yrs: 12, month: 1, months: 1, week: 12 / 52, weeks: 12 / 52,
  day: 12 / 365, days: 12 / 365, decade: 120, decades: 120, century: 1200, centuries: 1200,
  fortnight: 24 / 52, fortnights: 24 / 52,
};
/** shorter durations in hours */
export const DURATION_HOURS: Record<string, number> = {
  hour: 1, hours: 1, hr: 1, hrs: 1, minute: 1 / 60, minutes: 1 / 60, min: 1 / 60, mins: 1 / 60,
  second: 1 / 3600, seconds: 1 / 3600,
};
export const CURRENCIES: Record<string, string> = {
  $: 'USD', 'us$': 'USD', dollar: 'USD', dollars: 'USD', '€': 'EUR', euro: 'EUR', euros: 'EUR',
  '£': 'GBP', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', '¥': 'JPY', yen: 'JPY', yuan: 'CNY',
  rupees: 'INR', rupee: 'INR', roubles: 'RUB', rubles: 'RUB', hryvnias: 'UAH',
  franc: 'CHF', francs: 'CHF', chf: 'CHF', rand: 'ZAR', naira: 'NGN', zloty: 'PLN', zlotys: 'PLN',
  krona: 'SEK', kronor: 'SEK', krone: 'NOK', kroner: 'NOK', lira: 'TRY', dirham: 'AED', dirhams: 'AED',
  riyal: 'SAR', riyals: 'SAR', peso: 'MXN', pesos: 'MXN', baht: 'THB', ringgit: 'MYR', shekel: 'ILS',
  shekels: 'ILS', rupiah: 'IDR', dinar: 'DZD', dinars: 'DZD', shilling: 'KES', shillings: 'KES',
};

/**
 * Approximators and bounds: how a preceding word turns a value into a range, as factors of the value.
 * [low, high]; Infinity for an open end. "nearly 30" reads as at most 30 and not far below it.
 */
/** "more than 40" excludes 40 itself: the bound is just past the value. */
const STRICTLY_ABOVE = 1.0001;
const STRICTLY_BELOW = 0.9999;

export const APPROXIMATORS: Record<string, [number, number]> = {
  about: [0.8, 1.2], around: [0.8, 1.2], roughly: [0.8, 1.2], approximately: [0.85, 1.15],
  some: [0.8, 1.2], circa: [0.85, 1.15], almost: [0.8, 1], nearly: [0.8, 1], 'close to': [0.8, 1],
  'just under': [0.85, STRICTLY_BELOW], 'just over': [STRICTLY_ABOVE, 1.15], 'at least': [1, Infinity],
  'more than': [STRICTLY_ABOVE, Infinity], over: [STRICTLY_ABOVE, Infinity], 'upwards of': [1, Infinity],
  'in excess of': [STRICTLY_ABOVE, Infinity], 'no fewer than': [1, Infinity], 'no less than': [1, Infinity], 'up to': [0, 1],
  'as many as': [0.5, 1], 'as much as': [0.5, 1], 'at most': [0, 1], 'fewer than': [0, STRICTLY_BELOW],
  'less than': [0, STRICTLY_BELOW], under: [0, STRICTLY_BELOW], below: [0, STRICTLY_BELOW], 'no more than': [0, 1],
  above: [STRICTLY_ABOVE, Infinity],
  // "under the age of five" is "under five"
  'under the age of': [0, STRICTLY_BELOW], 'over the age of': [STRICTLY_ABOVE, Infinity],
  'an estimated': [0.8, 1.2], estimated: [0.8, 1.2],
  // verbs of passing a mark: "the number topped 140,000" is more than 140,000
  topped: [STRICTLY_ABOVE, Infinity], tops: [STRICTLY_ABOVE, Infinity], topping: [STRICTLY_ABOVE, Infinity],
  exceeded: [STRICTLY_ABOVE, Infinity], exceeds: [STRICTLY_ABOVE, Infinity], exceeding: [STRICTLY_ABOVE, Infinity],
  surpassed: [STRICTLY_ABOVE, Infinity], surpasses: [STRICTLY_ABOVE, Infinity], surpassing: [STRICTLY_ABOVE, Infinity],
};

/**
 * The sort of each approximator: a lower bound ("at least"), an upper bound ("up to"), or an
 * approximation ("about"). Two bounds of one sort are compared by their numbers.
 */
export const APPROXIMATOR_CLASS: Record<string, 'lower' | 'upper' | 'approximate'> = {
  about: 'approximate', around: 'approximate', roughly: 'approximate', approximately: 'approximate',
  some: 'approximate', circa: 'approximate', 'an estimated': 'approximate', estimated: 'approximate',
  almost: 'upper', nearly: 'upper', 'close to': 'upper', 'just under': 'upper', 'up to': 'upper',
  'as many as': 'upper', 'as much as': 'upper', 'at most': 'upper', 'fewer than': 'upper',
  'less than': 'upper', under: 'upper', below: 'upper', 'under the age of': 'upper', 'no more than': 'upper',
  above: 'lower', 'over the age of': 'lower',
  'just over': 'lower', 'at least': 'lower', 'more than': 'lower', over: 'lower', 'upwards of': 'lower',
  'in excess of': 'lower', 'no fewer than': 'lower', 'no less than': 'lower',
  topped: 'lower', tops: 'lower', topping: 'lower', exceeded: 'lower', exceeds: 'lower', exceeding: 'lower',
  surpassed: 'lower', surpasses: 'lower', surpassing: 'lower',
};
