/** A half-open range of UTF-16 code units in the raw input text. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the raw characters it covers, as reported in findings. */
export interface Located extends Span {
  text: string;
}

export type Severity = 'material' | 'notable' | 'minor';
export type Profile = 'revision' | 'faithful';
export type LinkKind = 'same' | 'edited' | 'split' | 'merged' | 'moved';
export type BlockKind = 'summary' | 'headline' | 'heading' | 'body';

export interface Sentence extends Span {
  /** the same sentence as offsets into the normalized text */
  normStart: number;
  normEnd: number;
  /** index of the paragraph the sentence stands in */
  paragraph: number;
  kind: BlockKind;
}

export interface Paragraph extends Span {
  kind: BlockKind;
}

/** A word of a telling. Its start and end are offsets into the normalized text (Doc.norm). */
export interface Token extends Span {
  /** the word as written, after normalization (NFKC, quotes and dashes folded) */
  text: string;
  /** lower-cased form */
  lower: string;
  /** stem used for matching */
  stem: string;
  /** sentence index */
  sentence: number;
  /** true for words that carry content (not a stop word, not punctuation) */
  content: boolean;
  /** starts with a capital letter and is not the sentence's first word, or is an acronym */
  capitalized: boolean;
  /** numeric value when the token is a number written with digits */
  number?: number;
}

/** One telling, analysed: raw text, the normalized text with its map back, blocks and tokens. */
export interface Doc {
  raw: string;
  /** normalized text used for matching */
  norm: string;
  /** normToRaw[i] is the raw offset of norm[i]; normToRaw[norm.length] === raw.length */
  normToRaw: Int32Array;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
  /** tokens of each sentence, as index ranges into tokens */
  sentenceTokens: Array<[number, number]>;
}

export interface Link {
  base: number[];
  revised: number[];
  kind: LinkKind;
  similarity: number;
  /** word-level changes inside the link: ["-", start, end] in base, ["+", start, end] in revised (raw offsets) */
  diff?: Array<['-' | '+', number, number]>;
}

export interface Finding {
  check: string;
  severity: Severity;
  /** how likely the finding is to be right, 0 to 1 (a calibrated model's estimate, three decimals) */
  confidence: number;
  message: string;
  base: Located | null;
  revised: Located | null;
  data: Record<string, unknown>;
  /** link to the check's documentation */
  docs?: string;
}

export interface CheckMeta {
  /** kebab-case id, never renamed once released */
  id: string;
  description: string;
  /** severity under the default profile */
  severity: Severity;
  /** severity overrides per profile */
  profiles?: Partial<Record<Profile, Severity>>;
  /** path of the check's doc, relative to the repository root */
  docs: string;
}

export interface SideSummary {
  sentences: Array<Span & { kind: BlockKind }>;
  paragraphs: Array<Span & { kind: BlockKind }>;
}

export interface Comparison {
  schema: 'storydiff/comparison@1';
  id?: string;
  profile: Profile;
  base: SideSummary;
  revised: SideSummary;
  links: Link[];
  findings: Finding[];
  summary: Record<Severity, number>;
}

export interface CompareOptions {
  profile?: Profile;
  id?: string;
  /** only run these checks (ids); default all */
  checks?: string[];
}
