/** Where a span stands, for the text and Markdown reports. */

/** Line and column (1-based; the column counts UTF-16 code units) of an offset in a text. */
export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) (line++, (last = i));
  return { line, column: offset - last };
}

/** "line 3, col 12": where a span starts, said in words (a bare "3:12" left readers guessing). */
export function place(text: string | undefined, span: { start: number; end: number }): string {
  if (text === undefined) return `chars ${span.start}-${span.end}`;
  const { line, column } = lineColumn(text, span.start);
  return `line ${line}, col ${column}`;
}
