import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT } from './appContext.ts';

/**
 * Root ignores permission bits through CAP_DAC_OVERRIDE; a run that must meet them as root drops that capability
 * (and CAP_DAC_READ_SEARCH) from its bounding set with util-linux's setpriv, so it stays uid 0 yet obeys modes.
 */
const AS_ROOT_WITHOUT_OVERRIDE = ['setpriv', '--bounding-set', '-dac_override,-dac_read_search', '--'];

/** Runs `bin/gongkai` in `work` on the SQLite file `work/cli.db` unless `env` names another database. */
export function gongkaiIn(work: string) {
  return (args: string[], env: Record<string, string> = {}, obeyPermissions = false) => {
    const gongkai = join(REPO_ROOT, 'bin', 'gongkai');
    const [command, ...prefix] = obeyPermissions && process.getuid?.() === 0 ? [...AS_ROOT_WITHOUT_OVERRIDE, gongkai] : [gongkai];
    const result = spawnSync(command!, [...prefix, ...args], {
      cwd: work,
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: `sqlite:${join(work, 'cli.db')}`, ...env },
    });
    return { code: result.status, out: result.stdout, err: result.stderr };
  };
}
