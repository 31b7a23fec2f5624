/**
 * A configurable list of words that must not, or should not, appear in published
 * information. The defaults are 密级 markings (《保守国家秘密法》第二十条: 绝密、机密、秘密)
 * and internal-use markings, which suggest the 保密审查 of 条例第十七条 has more to do;
 * administrators add their own words per agency or for the whole site.
 */
export type WordSeverity = 'block' | 'warn';

export interface SensitiveWord {
  word: string;
  severity: WordSeverity;
}

export const DEFAULT_SENSITIVE_WORDS: readonly SensitiveWord[] = [
  { word: '绝密★', severity: 'block' },
  { word: '机密★', severity: 'block' },
  { word: '秘密★', severity: 'block' },
  { word: '内部资料', severity: 'warn' },
  { word: '内部使用', severity: 'warn' },
  { word: '注意保存', severity: 'warn' },
  { word: '不得外传', severity: 'warn' },
];

export interface SensitiveWordHit extends SensitiveWord {
  count: number;
}

/** Each listed word found in the text (case- and width-insensitive for latin letters), with how often. */
export function findSensitiveWords(text: string, words: readonly SensitiveWord[]): SensitiveWordHit[] {
  const haystack = text.normalize('NFKC').toLowerCase();
  const hits = new Map<string, SensitiveWordHit>();
  for (const entry of words) {
    const needle = entry.word.normalize('NFKC').toLowerCase().trim();
    if (!needle) continue;
    let count = 0;
    for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) count++;
    if (count === 0) continue;
    const previous = hits.get(needle);
    if (!previous || (previous.severity === 'warn' && entry.severity === 'block')) hits.set(needle, { ...entry, count });
  }
  return [...hits.values()];
}
