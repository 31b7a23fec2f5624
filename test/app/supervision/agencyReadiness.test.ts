import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../../helpers/appContext.ts';
import { documentWorld, ITEM, publishNew } from '../../documents/documentFixtures.ts';
import type { Engine } from '../../../src/storage/database.ts';
import { agencyReadiness } from '../../../src/app/supervision/agencyReadiness.ts';
import { updateAgencyContact } from '../../../src/app/applications/agencyContact.ts';
import { withdrawDocument } from '../../../src/app/documents/withdrawDocument.ts';
import { getAgency } from '../../../src/app/agencies/getAgency.ts';
import type { DomainError } from '../../../src/domain/shared/errors.ts';

const NOTE = '本单位暂无此类信息';
const LEADERS = { level1: '概况信息', level2: '领导信息' };
const NORMATIVE = { level1: '基本信息', level2: '规范性文件' };
const CONTACT = { officeName: '办公室', address: '中卫市沙坡头区鼓楼东街1号', postcode: '755000', hours: '工作日8:30-12:00', phone: '0955-7012345', email: 'gk@example.gov.cn' };

/** The golden 中卫 catalog with a note on 新闻发布会 that the agency has no such information. */
function notedCatalog() {
  const catalog = goldenCatalog() as { items: { level2: string | null; remarks: string | null }[] };
  catalog.items.find((item) => item.level2 === '新闻发布会')!.remarks = NOTE;
  return catalog;
}

/**
 * 机构信息 live; 领导信息 only a withdrawn document; 规范性文件 live, its body linking the withdrawn one;
 * 新闻发布会 noted as empty; every other column blank.
 */
async function readinessWorld(open: () => Promise<Engine>) {
  const world = await documentWorld(await open(), notedCatalog());
  await publishNew(world, { title: '机构职能' });
  const target = await publishNew(world, { title: '领导分工' }, undefined, [LEADERS]);
  const body = `<p>领导分工见<a href="/documents/${target.documentId}">此文</a>。</p>`;
  const linking = await publishNew(world, { title: '关于印发医保基金监管办法的通知' }, body, [NORMATIVE]);
  await withdrawDocument(world.approver, { documentId: target.documentId, reason: '领导调整' });
  return { world, targetId: target.documentId, linkingId: linking.documentId };
}

describeEachEngine('inspection readiness of an agency from its own data', (open) => {
  it('gathers columns, links, 年报 and 指南 from storage and grades them: blank columns veto, deductions scored', async () => {
    const { world, targetId, linkingId } = await readinessWorld(open);
    const result = await agencyReadiness(world.editor, world.agencyId);
    const column = (level2: string) => result.facts.columns.find((c) => c.level2 === level2)!;
    assert.equal(result.facts.columns.length, notedCatalog().items.length);
    assert.deepEqual([column('机构信息').lastPublishedOn, column('机构信息').everPublished], ['2026-03-02', true]);
    assert.equal(column('新闻发布会').emptyNote, NOTE);
    assert.deepEqual(result.facts.brokenLinks, [{ documentId: linkingId, documentTitle: '关于印发医保基金监管办法的通知', href: `/documents/${targetId}`, targetKind: 'document' }]);
    assert.deepEqual(result.facts.annualReport, { year: 2025, reportId: null, publishedOn: null });
    assert.deepEqual(result.facts.catalog?.publishedOn, '2026-03-02');

    const blanks = result.findings.filter((f) => f.ruleId === 'columns.blank');
    assert.equal(blanks.length, result.facts.columns.length - 3 - 1, 'every column but the three with documents and the noted 新闻发布会');
    assert.ok(blanks.every((f) => f.severityLabel === '单项否决'));
    assert.equal(result.findings[0]!.severityLabel, '单项否决');
    assert.equal(result.verdict, '不合格');
    const deductions = result.findings.filter((f) => f.severity === 'deduction').map((f) => [f.ruleId, f.points]);
    assert.deepEqual(deductions, [['annualReport.missing', 5], ['links.broken', 1], ...Array(5).fill(['guide.incomplete', 1])]);
    assert.equal(result.score, 89);
    assert.ok(result.findings.some((f) => f.where === '文件《关于印发医保基金监管办法的通知》' && f.target.kind === 'document'));
  });

  it('a withdrawn-only column is not blank; 指南 complete after the contact is filled in; a year later 目录、指南 and 规范性文件 are stale', async () => {
    const { world } = await readinessWorld(open);
    const admin = contextFor(world.engine, { id: 'u-admin', name: '管理员', roles: ['agency_admin'], agencyId: world.agencyId, regionId: null }, world.clock);
    await updateAgencyContact(admin, world.agencyId, CONTACT);

    const now = await agencyReadiness(world.editor, world.agencyId);
    const leaders = now.facts.columns.find((c) => c.level2 === LEADERS.level2)!;
    assert.deepEqual([leaders.lastPublishedOn, leaders.everPublished], [null, true]);
    assert.equal(now.findings.some((f) => f.where.includes('领导信息')), false);
    assert.equal(now.findings.some((f) => f.ruleId.startsWith('guide.')), false);
    assert.equal(now.facts.guide.updatedOn, '2026-03-02');

    world.clock.advanceMinutes(366 * 24 * 60);
    const later = await agencyReadiness(world.editor, world.agencyId, { periodBlanks: [{ itemId: 'x', ...ITEM, period: '2026年度', dueOn: '2027-01-31' }] });
    const rules = new Set(later.findings.map((f) => f.ruleId));
    for (const rule of ['catalog.stale', 'guide.stale', 'columns.stale', 'annualReport.missing', 'items.periodBlank'] as const) assert.ok(rules.has(rule), rule);
    assert.equal(later.facts.annualReport.year, 2026);
    assert.match(later.findings.find((f) => f.ruleId === 'columns.stale')!.message, /栏目“基本信息 \/ 规范性文件”属于通知公告、政策文件类栏目/);
  });

  it('for the agency staff and the region supervisor above it; other agencies\' staff are refused', async () => {
    const { world } = await readinessWorld(open);
    const agency = (await getAgency(world.engine.db, world.agencyId))!;
    const supervisor = contextFor(world.engine, { id: 'u-sup', name: '中卫市监督员', roles: ['region_supervisor'], agencyId: null, regionId: agency.regionId }, world.clock);
    assert.equal((await agencyReadiness(supervisor, world.agencyId)).agencyName, agency.name);
    const stranger = contextFor(world.engine, { id: 'u-x', name: '外单位', roles: ['editor'], agencyId: 'another', regionId: null }, world.clock);
    await assert.rejects(agencyReadiness(stranger, world.agencyId), (e: DomainError) => e.code === 'forbidden');
    await assert.rejects(agencyReadiness(world.editor, 'no-such-agency'), (e: DomainError) => e.code === 'not_found' && e.message === '找不到该单位');
  });
});
