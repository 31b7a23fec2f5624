import type { Command, CommandIO } from '../command.ts';
import { parseFlags } from '../args.ts';
import { cliContext } from '../cliContext.ts';
import { addAgency } from '../../app/agencies/addAgency.ts';
import { listRegionTree, type RegionNode } from '../../app/agencies/listRegionTree.ts';
import { ValidationError } from '../../domain/shared/errors.ts';

const HELP = `用法：
  gongkai agency add 单位名称 --region 宁夏回族自治区/中卫市 [--code 640500001]
  gongkai agency list

--region 为从上到下的地区路径，用 / 分隔；不存在的地区会被创建。--code 为索引号使用的机构代码。`;

async function add(args: string[], io: CommandIO): Promise<number> {
  const { values, positionals } = parseFlags('agency add', args, { region: { type: 'string' }, code: { type: 'string' } });
  const name = positionals[0];
  if (!name) throw new ValidationError('gongkai agency add: 缺少单位名称（gongkai agency --help）');
  if (!values.region) throw new ValidationError('gongkai agency add: 缺少 --region，例如 --region 宁夏回族自治区/中卫市');
  const { id } = await addAgency(await cliContext(io), { name, regionPath: values.region.split('/'), code: values.code ?? null });
  io.out(`已登记单位 ${name}（${id}）`);
  return 0;
}

function print(nodes: RegionNode[], io: CommandIO, depth = 0): void {
  for (const node of nodes) {
    io.out(`${'  '.repeat(depth)}${node.name}`);
    for (const agency of node.agencies) io.out(`${'  '.repeat(depth + 1)}· ${agency.name}`);
    print(node.children, io, depth + 1);
  }
}

async function list(args: string[], io: CommandIO): Promise<number> {
  parseFlags('agency list', args, {});
  const ctx = await cliContext(io);
  const tree = await listRegionTree(ctx.db);
  if (tree.length === 0) io.out('（还没有单位：gongkai agency add 或 gongkai catalog load）');
  print(tree, io);
  return 0;
}

export const agencyCommand: Command = {
  name: 'agency',
  summary: '单位：add 登记、list 按地区列出',
  help: HELP,
  async run(args, io) {
    const [sub, ...rest] = args;
    if (sub === 'add') return add(rest, io);
    if (sub === 'list') return list(rest, io);
    throw new ValidationError(`gongkai agency: 未知子命令 ${sub ?? '（缺少）'}；可用 add、list`);
  },
};
