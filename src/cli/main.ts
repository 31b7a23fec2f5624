/** `gongkai` command-line entry: finds the command, maps every failure to one line and an exit code. */
import type { CommandIO } from './command.ts';
import { COMMANDS } from './registry.ts';
import { describeFailure } from './errors.ts';
import type { Engine } from '../app/context.ts';
import { openAppDatabase } from '../app/operations/openAppDatabase.ts';
import { appConfig, defaultDatabaseUrl } from '../config/config.ts';

function usage(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    '用法：gongkai <命令> [参数]   （gongkai <命令> --help 查看每个命令的说明）',
    '',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    '环境变量：DATABASE_URL（sqlite:路径 或 postgres://…，默认 sqlite:data/gongkai.db）、PORT、HOST、GONGKAI_DATA_DIR 等（见 README 的配置表）',
  ].join('\n');
}

let engine: Engine | undefined;
/** Whether this command may create a missing SQLite file (see app/operations/openAppDatabase.ts). */
let createAllowed = false;

/** `migrate`, `restore` and `serve --seed` say "make me a database"; so does the default data folder's first start. */
function mayCreateDatabase(command: string, args: string[]): boolean {
  const config = appConfig();
  if (config.databaseUrl === defaultDatabaseUrl(config.dataDir)) return true;
  return command === 'migrate' || command === 'restore' || (command === 'serve' && args.includes('--seed'));
}

const io: CommandIO = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  async database() {
    engine ??= await openAppDatabase(appConfig().databaseUrl, createAllowed);
    return engine;
  },
  async stdin() {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(usage());
    return name ? 0 : 2;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.err(`未知命令：${name}（gongkai --help 列出所有命令）`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(command.help);
    return 0;
  }
  createAllowed = mayCreateDatabase(command.name, rest);
  return command.run(rest, io);
}

// A reader that stops early (gongkai … | head) closes the pipe: stop quietly, as Unix tools do, not with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
}

let code: number;
try {
  appConfig(); // validate every variable first: a wrong value stops here with one line
  code = await main(process.argv.slice(2));
} catch (error) {
  const failure = describeFailure(error);
  io.err(failure.line);
  code = failure.exitCode;
}
// `serve` keeps running: it returns -1 and owns the process from then on.
if (code >= 0) {
  await engine?.close().catch(() => undefined);
  // A pipe is written asynchronously: exit only once what was printed (a long --json listing) has gone out.
  await Promise.all([process.stdout, process.stderr].map((stream) => new Promise<void>((resolve) => stream.write('', () => resolve()))));
  process.exit(code);
}
