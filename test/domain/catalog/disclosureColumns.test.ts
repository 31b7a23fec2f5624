import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { feedsColumn, isGuideItem, type ColumnCandidate } from '../../../src/domain/catalog/disclosureColumns.ts';
import { isOrganizationItem } from '../../../src/domain/catalog/organizationItems.ts';

const golden = fileURLToPath(new URL('../../../../shared/golden/', import.meta.url));
const catalogs = readdirSync(golden)
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(golden, f), 'utf8')) as { agency: string; items: ColumnCandidate[] });

const names = (items: ColumnCandidate[], keep: (item: ColumnCandidate) => boolean) => items.filter(keep).map((i) => i.level2 ?? i.level1);

describe('the 政府信息公开 column parts matched by what the items say (issue 13)', () => {
  it('finds the 年报 item of each of the five seed catalogs, however it is worded', () => {
    assert.deepEqual(
      catalogs.map((c) => names(c.items, (i) => feedsColumn(i, 'reports'))),
      [['政府信息公开年报'], ['政府信息公开年报'], ['政府信息公开年报'], ['公开年度工作报告'], ['政府信息公开年度工作报告']],
    );
  });

  it('finds the 公开制度 items (政府信息公开制度及相关规定, 政府信息公开规定) and not 规范性文件 or 体制改革制度建设', () => {
    assert.deepEqual(
      catalogs.map((c) => names(c.items, (i) => feedsColumn(i, 'rules'))),
      [['政府信息公开制度及相关规定'], [], [], [], ['政府信息公开规定']],
    );
  });

  it('finds the 指南 items', () => {
    assert.deepEqual(
      catalogs.map((c) => names(c.items, isGuideItem)),
      [['政府信息公开指南'], ['信息公开指南'], ['政府信息公开指南'], [], ['政府信息公开指南']],
    );
  });

  it('reads wordings the seeds do not have', () => {
    const item = (level1: string, level2: string | null, content: string | null = null): ColumnCandidate => ({ level1, level2, content });
    const reports = [
      item('政务公开', '政务公开年度报告'),
      item('政府信息公开', '年度报告'),
      item('政府信息公开', '年报'),
      item('年度报告', '年度报告', '本机关政府信息公开工作年度报告'),
      item('政府信息公开工作', '政府信息公开工作年度报告'),
      item('信息公开年报', null),
    ];
    for (const i of reports) assert.equal(feedsColumn(i, 'reports'), true, `${i.level1}/${i.level2}`);
    const notReports = [
      item('综合管理', '年度统计公报'),
      item('财政信息', '年度决算报告'),
      item('综合管理', '规划计划工作总结', '年度工作总结'),
      item('年度报告', '年度报告', '医保基金年度运行情况'),
      item('审计', '年度审计报告'),
    ];
    for (const i of notReports) assert.equal(feedsColumn(i, 'reports'), false, `${i.level1}/${i.level2}`);
    const rules = [item('政府信息公开', '规定'), item('政务公开', '工作制度'), item('基本信息', '信息公开工作制度'), item('政府信息公开', '政府信息公开实施办法')];
    for (const i of rules) assert.equal(feedsColumn(i, 'rules'), true, `${i.level1}/${i.level2}`);
    const notRules = [item('部门文件', '规范性文件'), item('重点领域', '医保制度改革'), item('政策文件', '政策法规'), item('基本信息', '保密审查制度')];
    for (const i of notRules) assert.equal(feedsColumn(i, 'rules'), false, `${i.level1}/${i.level2}`);
    assert.equal(isGuideItem(item('公共服务', '医保经办服务指南')), false);
    assert.equal(isGuideItem(item('政府信息公开', '公开指南')), true);
  });
});

describe('机构信息 items matched by what they say (issue 13)', () => {
  it('finds each seed catalog’s items about the agency itself, and no service items', () => {
    assert.deepEqual(
      catalogs.map((c) => names(c.items, isOrganizationItem)),
      [
        ['机构信息', '领导信息', '下属单位'],
        ['基本信息'],
        ['机构职责', '领导分工'],
        ['机构概况', '内设机构', '机构职能', '领导分工'],
        ['基本信息', '领导信息', '机关职能'],
      ],
    );
    assert.equal(isOrganizationItem({ level1: '服务公开', level2: '医药机构申请定点协议管理' }), false);
    assert.equal(isOrganizationItem({ level1: '基本信息', level2: '基本信息', content: '医保待遇政策' }), false);
  });
});
