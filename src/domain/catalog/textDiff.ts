/** A run of text that is in both versions, only in the old one, or only in the new one. */
export interface TextSegment {
  kind: 'same' | 'removed' | 'added';
  text: string;
}

/** Beyond this many characters on both sides the comparison is shown as whole old → whole new (bounded work). */
export const TEXT_DIFF_LIMIT = 1500;

function pushSegment(segments: TextSegment[], kind: TextSegment['kind'], text: string): void {
  const last = segments[segments.length - 1];
  if (last?.kind === kind) last.text += text;
  else segments.push({ kind, text });
}

/** The longest-common-subsequence table of a and b, from the end (lengths[i][j] for a[i..], b[j..]). */
function commonLengths(a: readonly string[], b: readonly string[]): Uint16Array[] {
  const lengths = Array.from({ length: a.length + 1 }, () => new Uint16Array(b.length + 1));
  for (let i = a.length - 1; i >= 0; i -= 1) {
    for (let j = b.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = a[i] === b[j] ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  return lengths;
}

/**
 * Character-level difference of two texts (Chinese has no spaces between words, so
 * characters are the unit): removed runs come before added ones at each change.
 */
export function diffText(before: string, after: string): TextSegment[] {
  const a = [...before];
  const b = [...after];
  if (a.length * b.length > TEXT_DIFF_LIMIT * TEXT_DIFF_LIMIT / 4 || a.length === 0 || b.length === 0) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  const lengths = commonLengths(a, b);
  const segments: TextSegment[] = [];
  let [i, j] = [0, 0];
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      pushSegment(segments, 'same', a[i]!);
      [i, j] = [i + 1, j + 1];
    } else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) {
      pushSegment(segments, 'removed', a[i++]!);
    } else {
      pushSegment(segments, 'added', b[j++]!);
    }
  }
  if (i < a.length) pushSegment(segments, 'removed', a.slice(i).join(''));
  if (j < b.length) pushSegment(segments, 'added', b.slice(j).join(''));
  return segments;
}
