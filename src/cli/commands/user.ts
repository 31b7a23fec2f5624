import { appConfig } from '../../config/config.ts';
import { createInterface } from 'node:readline/promises';
import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { createUser } from '../../app/accounts/createUser.ts';
import { setUserEmail } from '../../app/accounts/setUserEmail.ts';
import { listUsers } from '../../app/accounts/listUsers.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../domain/accounts/roles.ts';
import { ValidationError } from '../../domain/shared/errors.ts';
import { agencyNamed } from '../../app/agencies/agencyNamed.ts';
import { regionNamed } from '../../app/agencies/regionNamed.ts';

const HELP = `用法：
  gongkai user add USERNAME [--name 姓名] [--admin] [--role editor|reviewer|approver|agency_admin|region_supervisor|system_admin]…
                   [--agency 单位名称] [--region 地区名称] [--email 电子邮件地址]
  gongkai user email USERNAME 电子邮件地址|--clear
  gongkai user list [--agency 单位名称]

密码：交互终端中会提示输入两次；脚本中用环境变量 GONGKAI_PASSWORD 提供。
--admin 等同 --role system_admin（第一个管理员用它创建）。
电子邮件地址：每周待办汇总发到这个地址；user email … --clear 清除。
角色：${ROLES.map((r) => `${r}（${ROLE_LABELS[r]}）`).join('、')}`;

async function askPassword(io: CommandIO): Promise<string> {
  const fromEnv = appConfig().password;
  if (fromEnv) return fromEnv;
  if (!process.stdin.isTTY) throw new ValidationError('没有终端可输入密码：请设置环境变量 GONGKAI_PASSWORD');
  const rl = createInterface({ input: process.stdin, output: process.stderr, terminal: true });
  const mute = (rl as unknown as { _writeToOutput: (s: string) => void });
  const ask = async (prompt: string) => {
    process.stderr.write(prompt);
    mute._writeToOutput = () => undefined;
    const answer = await rl.question('');
    process.stderr.write('\n');
    return answer;
  };
  try {
    const first = await ask('密码：');
    const second = await ask('再次输入密码：');
    if (first !== second) throw new ValidationError('两次输入的密码不一致');
    io.err('');
    return first;
  } finally {
    rl.close();
  }
}

async function add(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('user add', args, {
    name: { type: 'string' }, admin: { type: 'boolean' }, role: { type: 'string', multiple: true },
    agency: { type: 'string' }, region: { type: 'string' }, email: { type: 'string' },
  });
  const username = positionals[0];
  if (!username) throw new ValidationError('gongkai user add: 缺少用户名（gongkai user --help）');
  const roles = [...(values.role ?? []), ...(values.admin ? ['system_admin'] : [])] as Role[];
  const unknown = roles.find((r) => !ROLES.includes(r));
  if (unknown) throw new ValidationError(`未知角色：${unknown}（可选：${ROLES.join('、')}）`);
  const ctx = await cliContext(io);
  const agency = values.agency ? await agencyNamed(ctx, values.agency) : undefined;
  if (values.agency && !agency) throw new ValidationError(`找不到单位「${values.agency}」（gongkai agency list 列出所有单位）`);
  const region = values.region ? await regionNamed(ctx, values.region) : undefined;
  if (values.region && !region) throw new ValidationError(`找不到地区「${values.region}」`);
  const password = await askPassword(io);
  const { id } = await createUser(ctx, {
    username, displayName: values.name ?? username, password, roles: roles.length ? roles : ['editor'],
    agencyId: agency?.id ?? null, regionId: region?.id ?? null, email: values.email ?? null,
  });
  io.out(`已创建用户 ${username}（${id}）`);
  return 0;
}

/** Set or clear the address the weekly summary of the user's work queue goes to. */
async function email(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('user email', args, { clear: { type: 'boolean' } });
  const [username, address] = positionals;
  if (!username || (!address && !values.clear) || (address && values.clear)) throw new ValidationError('用法：gongkai user email USERNAME 电子邮件地址|--clear');
  const ctx = await cliContext(io);
  const { changed } = await setUserEmail(ctx, { username, email: values.clear ? null : address! });
  io.out(changed ? (values.clear ? `已清除用户 ${username} 的电子邮件地址` : `已设置用户 ${username} 的电子邮件地址`) : `用户 ${username} 的电子邮件地址未变`);
  return 0;
}

async function list(args: string[], io: CommandIO): Promise<number> {
  const { values } = parseFlags('user list', args, { agency: { type: 'string' } });
  const ctx = await cliContext(io);
  const agency = values.agency ? await agencyNamed(ctx, values.agency) : undefined;
  if (values.agency && !agency) throw new ValidationError(`找不到单位「${values.agency}」`);
  const users = await listUsers(ctx, { agencyId: agency?.id });
  if (users.length === 0) io.out('（没有用户）');
  for (const user of users) {
    io.out(`${user.username}\t${user.displayName}\t${user.roles.map((r) => ROLE_LABELS[r]).join('、')}${user.disabled ? '\t（已停用）' : ''}`);
  }
  return 0;
}

export const userCommand: Command = {
  name: 'user',
  summary: '用户：add 新建、email 设置电子邮件地址、list 列出',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'add') return add(rest, io);
    if (sub === 'email') return email(rest, io);
    if (sub === 'list') return list(rest, io);
    throw new ValidationError(`gongkai user: 未知子命令 ${sub ?? '（缺少）'}；可用 add、email、list`);
  },
};
