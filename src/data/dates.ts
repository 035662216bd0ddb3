/** Weekdays, months and relative time words, with their abbreviations (AP style). */
export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10, november: 11,
  nov: 11, december: 12, dec: 12,
};
/** Relative day words, as day offsets from the telling's own day. */
export const RELATIVE_DAYS: Record<string, number> = { today: 0, tonight: 0, yesterday: -1, tomorrow: 1 };
/** "last week", "next month", "this year": the unit words. */
export const RELATIVE_UNITS = new Set(['week', 'month', 'year', 'weekend', 'night', 'morning', 'evening', 'decade']);
/** Words after a length of time that tell a time from another ("a month earlier", "the week before"). */
export const RELATIVE_AFTER: ReadonlySet<string> = new Set(['earlier', 'later', 'ago', 'before', 'after', 'previously']);
export const RELATIVE_MODIFIERS: Record<string, number> = { last: -1, past: -1, previous: -1, this: 0, next: 1, coming: 1 };
/** Parts of a day: "Thursday morning". */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night', 'overnight']);

/** The word after an hour of a twelve-hour clock: "6 o'clock". */
export const O_CLOCK = /^o['\u2019]clock$/;
/** The hours of a twelve-hour clock in words, before "o'clock". */
export const HOUR_WORDS = new Set(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve']);
