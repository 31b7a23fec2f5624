import assert from 'node:assert/strict';

/** A finished `gongkai` run as the CLI tests see it. */
export interface CliResult {
  code: number | null;
  err: string;
}

/** One clear line on stderr, no stack trace, non-zero exit. */
export function assertOneLineFailure(result: CliResult, pattern: RegExp): void {
  assert.notEqual(result.code, 0);
  const lines = result.err.trim().split('\n');
  assert.equal(lines.length, 1, `expected one line, got:\n${result.err}`);
  assert.match(lines[0]!, pattern);
  assert.doesNotMatch(result.err, /\n\s+at /);
}
