import type { SourceMapInput } from 'rollup';

/** Base64 VLQ, as source maps write numbers. */
function vlq(value: number): string {
  const digits = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
  let rest = value < 0 ? (-value << 1) | 1 : value << 1;
  let out = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest) digit |= 32;
    out += digits[digit];
  } while (rest);
  return out;
}

/**
 * `characters` ordered as terser orders the characters of its names: the most frequent in `code` first
 * (ties keep their order).
 */
export function byFrequency(code: string, characters: string): string[] {
  const counts = new Map<string, number>();
  for (const character of code) if (characters.includes(character)) counts.set(character, (counts.get(character) ?? 0) + 1);
  return [...characters].sort((a, b) => (counts.get(b) ?? 0) - (counts.get(a) ?? 0));
}

/**
 * A chunk with some of its text replaced (edits that hold no line break and do not overlap), and the
 * source map from the new text to the old, which rollup chains onto the chunk's own: every word
 * (a run of letters, digits, `_`, `$`, `#`) of the old text maps to where it now starts.
 */
export function withEdits(code: string, edits: { start: number; end: number; text: string }[]): { code: string; map: SourceMapInput } {
  edits = [...edits].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const edit of edits) {
    out += code.slice(at, edit.start) + edit.text;
    at = edit.end;
  }
  out += code.slice(at);
  let mappings = '';
  let line = 0;
  let lineStart = 0;
  let previousColumn = 0;
  let previousSourceLine = 0;
  let previousSourceColumn = 0;
  // How far the text has moved: by the edits that end before the word.
  let edit = 0;
  let shift = 0;
  let lineShift = 0;
  for (const word of code.matchAll(/[\w$#]+|\n/g)) {
    const point = word.index;
    while (edit < edits.length && edits[edit]!.end <= point) {
      shift += edits[edit]!.text.length - (edits[edit]!.end - edits[edit]!.start);
      edit++;
    }
    if (word[0] === '\n') {
      mappings += ';';
      line++;
      lineStart = point + 1;
      previousColumn = 0;
      lineShift = shift;
      continue;
    }
    const sourceColumn = point - lineStart;
    const column = sourceColumn + shift - lineShift;
    if (mappings && !mappings.endsWith(';')) mappings += ',';
    mappings += vlq(column - previousColumn) + vlq(0) + vlq(line - previousSourceLine) + vlq(sourceColumn - previousSourceColumn);
    previousColumn = column;
    previousSourceLine = line;
    previousSourceColumn = sourceColumn;
  }
  return { code: out, map: { version: 3, sources: ['chunk'], names: [], mappings } };
}
