/**
 * News agencies, the ways a telling credits another outlet, and the lines by which a telling marks
 * itself as a later edit, for derivation (corpus/derivation.ts).
 *
 * The agencies are the members of the world's largest wire services as named in their own datelines
 * and credit lines (AP Stylebook, Reuters Handbook of Journalism, the agencies' sites); each row is
 * the outlet's usual name, then the other names and abbreviations it is credited by. The credit
 * patterns are the forms a rewrite uses in news copy: a dateline credit "LONDON (Reuters) -", a
 * closing line "The Associated Press contributed to this report", attribution "according to AFP",
 * "Reuters reported", "told AP", "Source: dpa".
 */
const ROWS = `
Associated Press|AP|The Associated Press
Reuters|Thomson Reuters
Agence France-Presse|AFP|Agence France Presse
Bloomberg|Bloomberg News
Deutsche Presse-Agentur|dpa
United Press International|UPI
Press Association|PA|PA Media
Canadian Press|CP|The Canadian Press
Australian Associated Press|AAP
Press Trust of India|PTI
Indo-Asian News Service|IANS
Kyodo|Kyodo News
Xinhua|Xinhua News Agency
ANSA
EFE
Anadolu|Anadolu Agency
Yonhap
Interfax
TASS
`;

export interface Wire {
  /** the usual name */
  name: string;
  /** every name it is credited by, lower-case, the usual one first */
  names: string[];
}

export const WIRES: readonly Wire[] = ROWS.trim()
  .split('\n')
  .map((row) => {
    const names = row.split('|').map((s) => s.trim()).filter(Boolean);
    return { name: names[0]!, names: names.map((n) => n.toLowerCase()) };
  });

/**
 * Credit forms, with `{o}` where the outlet's name stands. Matched case-insensitively on normalized
 * text, the outlet's name as a whole word.
 */
export const CREDIT_FORMS: readonly string[] = [
  '({o})',
  '{o} contributed to this report',
  '{o} contributed reporting',
  'with reporting by {o}',
  'additional reporting by {o}',
  'reporting by {o}',
  'according to {o}',
  'according to the {o}',
  '{o} reported',
  '{o} reports',
  'told {o}',
  'told the {o}',
  'source: {o}',
  'via {o}',
  'first reported by {o}',
  '{o} first reported',
  '© {o}',
  'copyright {o}',
];

/**
 * Lines by which a telling says it is a later edit of an earlier one: the update and correction
 * notes of news sites and wires ("Updated at 3:15 p.m.", "This story has been updated", Reuters'
 * "(Updates with …)", "CORRECTION:"). Matched case-insensitively at the start of a line.
 */
export const UPDATE_FORMS: readonly RegExp[] = [
  /^updated\b/im,
  /^update:/im,
  /^\(updates\b/im,
  /^\(corrects\b/im,
  /^correction:/im,
  /this (story|article) has been (updated|corrected)/i,
];
