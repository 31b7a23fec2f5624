/** Queries that must return sane results on both engines, never an error. */
export const HOSTILE_QUERIES = [
  '', ' ', '医', 'a', '9', '医'.repeat(500), '医保报销'.repeat(125), 'x'.repeat(500),
  '。，、；：？！', '!!!', '***', '"', '""', "'", "''", '\\', '\\\\', '(', ')', '()', '(医保', '医保)',
  '"医保', '医保*', '*医保', '医保 AND', 'AND', 'OR', 'NOT', 'NEAR', 'NEAR(医保 报销)', '医保 OR 报销', '-医保', '医保 -报销',
  'tokens:医保', 'title:医保', '^医保', '医保:报销', '{医保}', '[医保]', '<script>alert(1)</script>', "'; drop table documents; --",
  "' OR '1'='1", '医保 & 报销', '医保 | 报销', '!医保', '医保 <-> 报销', '医保:*', 'ＡＮＤ', '\u0000', '医\u0000保', '🙂医保🙂', '\t\n',
  // Header-breaking and off-site text: the search page puts the query into its display-switch link (next=).
  '\r\nSet-Cookie: x=1', '/%0aX', '//evil.example', '/\\evil.example', '医保\u2028报销',
];
