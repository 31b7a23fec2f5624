import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { dirname, join } from 'node:path';
import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { buildServer } from '../../web/shared/server.ts';
import { systemClock } from '../../app/systemClock.ts';
import { databaseAuditLog } from '../../app/audit.ts';
import type { AppContext, Engine } from '../../app/context.ts';
import { seedDemoData } from '../../app/demo/seedDemoData.ts';
import { SYSTEM_ACTOR } from '../../domain/accounts/roles.ts';
import { DomainError } from '../../domain/shared/errors.ts';
import { appConfig, type GongkaiConfig } from '../../config/config.ts';
import { JobRunner } from '../../app/operations/jobRunner.ts';
import { scheduledJobs } from '../../app/operations/jobCatalog.ts';
import { stopOnSignals } from '../gracefulShutdown.ts';
import { keepServingOnUnhandledRejection } from '../../web/shared/processSafety.ts';

/**
 * The session cookie's signing secret: GONGKAI_SESSION_SECRET, or one made on
 * first start and kept in the data folder, so sign-ins survive a restart.
 */
function sessionSecret(config: GongkaiConfig): string {
  if (config.sessionSecret) return config.sessionSecret;
  const file = join(config.dataDir, 'session-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('hex');
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new DomainError('validation.failed', `gongkai serve: 端口无效：${value}（应为 0–65535 的整数）`);
  return port;
}

const systemContext = (engine: Engine): AppContext => ({ actor: SYSTEM_ACTOR, db: engine.db, clock: systemClock, audit: databaseAuditLog(systemClock) });

async function seed(engine: Engine, io: CommandIO): Promise<void> {
  const report = await seedDemoData(systemContext(engine));
  if (!report.seeded) io.out('数据库中已有单位，未重复载入演示数据');
  else io.out(`已载入演示数据：${report.agencies.map((a) => `${a.name}（${a.items}项）`).join('、')}`);
}

export const serveCommand: Command = {
  name: 'serve',
  summary: '启动网站（公开门户和工作台）',
  help: `用法：gongkai serve [--port 端口] [--host 地址] [--seed] [--behind-https]

启动网站：公开门户（/）和工作台（/admin）。默认监听 127.0.0.1:3000。
  --port N         监听端口（也可用环境变量 PORT）
  --host H         监听地址（也可用环境变量 HOST；对外服务用 0.0.0.0）
  --seed           数据库中还没有单位时，先载入 demo/seeds 中的五个医保局目录
  --behind-https   部署在 HTTPS 反向代理之后：Cookie 仅经 HTTPS 发送，信任本机代理的 X-Forwarded-* 头
                   （也可设置 GONGKAI_BEHIND_HTTPS=1；其他代理地址用 GONGKAI_TRUSTED_PROXIES 列出）
定时任务（定时发布、清理过期会话、检索索引整理、公开时限提醒、清理无引用附件、发送发件箱中的通知）在每个进程中运行，多个进程共用数据库时每次只由一个进程执行。
收到 SIGTERM 或 Ctrl+C 时不再接受新请求，等待进行中的请求完成（最多10秒）后关闭数据库并退出。
日志为 JSON 行，写到标准输出；级别由 GONGKAI_LOG 设定（info、warn、error、silent，默认 info）。
会话密钥取自 GONGKAI_SESSION_SECRET，未设置时自动生成并保存在数据目录的 session-secret 文件中。`,
  async run(args, io) {
    const { values } = parseFlags('serve', args, {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'boolean' },
      'behind-https': { type: 'boolean' },
    });
    const config = appConfig();
    const port = values.port === undefined ? config.port : parsePort(values.port);
    const host = values.host ?? config.host;
    const behindHttps = Boolean(values['behind-https']) || config.behindHttps;
    const engine = await io.database();
    if (values.seed) await seed(engine, io);
    const app = await buildServer({ engine, clock: systemClock, logLevel: config.logLevel, behindHttps, trustedProxies: config.trustedProxies, sessionSecret: sessionSecret(config), siteName: config.siteName });
    keepServingOnUnhandledRejection(app.log);
    try {
      await app.listen({ port, host });
    } catch (error) {
      await app.close().catch(() => undefined);
      throw error;
    }
    const address = app.server.address();
    const shownPort = typeof address === 'object' && address ? address.port : port;
    io.out(`政务公开网站已启动：http://${host.includes(':') ? `[${host}]` : host}:${shownPort}/ （${engine.description}；Ctrl+C 停止）`);
    const runner = new JobRunner({ ctx: systemContext(engine), jobs: scheduledJobs(), log: app.log });
    runner.start();
    stopOnSignals({ app, runner, engine, io });
    return -1;
  },
};
