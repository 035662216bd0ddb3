/**
 * How web pages describe a file they link to: its format and its size ("Pledge for Progress (PDF,
 * 195KB, 1 page)", "MS Excel Spreadsheet, 124KB"). GOV.UK, council and agency pages print these
 * after each attachment; a new upload changes them without changing the story.
 */

/** Short names of file formats, lower-cased. */
const FORMAT_ABBREVIATIONS = [
  'pdf', 'odt', 'ods', 'odp', 'doc', 'docx', 'xls', 'xlsx', 'xlsm', 'csv', 'ppt', 'pptx', 'rtf', 'txt',
  'html', 'xml', 'json', 'zip', 'epub',
];

/** Names of file formats, lower-cased, as pages print them. */
export const FILE_FORMATS = new Set([
  ...FORMAT_ABBREVIATIONS, 'word document', 'ms word document', 'excel spreadsheet', 'ms excel spreadsheet',
  'powerpoint presentation', 'ms powerpoint presentation', 'opendocument text', 'opendocument spreadsheet',
  'opendocument presentation',
]);

/** Words of a file's format, as they stand before its size: "(PDF, 195KB)", "MS Excel Spreadsheet, 124KB". */
export const FILE_FORMAT_WORDS = new Set([
  ...FORMAT_ABBREVIATIONS, 'word', 'excel', 'powerpoint', 'ms', 'document', 'spreadsheet', 'presentation',
]);
