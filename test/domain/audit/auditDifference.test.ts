import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { auditDifference, auditDifferenceText } from '../../../src/domain/audit/auditDifference.ts';

describe('auditDifference', () => {
  it('shows only the changed catalog item fields, by Chinese name, lists joined with 、', () => {
    const before = { level1: '机构职能', level2: '领导信息', content: '姓名、职务', channels: ['政府网站'], mode: ['主动公开'], timeLimitRule: { trigger: 'formed' } };
    const after = { ...before, content: '姓名、职务、分工', channels: ['政府网站', '政务新媒体'], timeLimitRule: { trigger: 'changed' } };
    assert.deepEqual(auditDifference('catalog_item', before, after), [
      { label: '公开内容（要素）', before: '姓名、职务', after: '姓名、职务、分工' },
      { label: '公开渠道和载体', before: '政府网站', after: '政府网站、政务新媒体' },
    ]);
  });

  it("never shows an item's permanent key, which the before of an edit or removal carries (domain/catalog/itemKeys.ts)", () => {
    const before = { itemKey: 'c0ffee-1', level1: '机构职能', level2: '领导信息', content: '姓名、职务' };
    assert.deepEqual(auditDifference('catalog_item', before, { ...before, itemKey: undefined, content: '姓名、职务、分工' }), [
      { label: '公开内容（要素）', before: '姓名、职务', after: '姓名、职务、分工' },
    ]);
    assert.ok(!auditDifferenceText(auditDifference('catalog_item', before, null)).includes('c0ffee-1'), 'a removal lists the fields, not the key');
  });

  it('maps codes to labels, booleans to 是/否, hides ids, and never shows an English key', () => {
    const changes = auditDifference('user', { roles: ['editor'], agencyId: 'a1', disabled: false, mystery: 'x' }, { roles: ['reviewer', 'approver'], agencyId: 'a2', disabled: true, mystery: 'y' });
    assert.deepEqual(changes, [
      { label: '角色', before: '填表人', after: '复核人、审签人' },
      { label: '已停用', before: '否', after: '是' },
      { label: '其他信息', before: 'x', after: 'y' },
    ]);
    assert.deepEqual(auditDifference('document', { status: 'draft' }, { status: 'submitted' }), [{ label: '状态', before: '草稿', after: '待复核' }]);
    assert.deepEqual(auditDifference('document', null, { kind: 'overdue', publishAt: '2026-03-04T17:00:00.000Z' }), [
      { label: '类型', before: '—', after: '已逾期' },
      { label: '定时发布时间', before: '—', after: '2026-03-05 01:00' },
    ]);
    assert.deepEqual(auditDifference('outbox_message', { status: 'pending' }, { status: 'sent', channel: 'email' }), [
      { label: '状态', before: '待发送', after: '已发送' },
      { label: '发送方式', before: '—', after: '电子邮件' },
    ]);
  });

  it("flattens nested objects one level and masks an application's personal data", () => {
    const changes = auditDifference('application', null, { event: { type: 'consultationStarted', on: '2026-03-02', party: '张三', kind: 'thirdParty' } });
    assert.deepEqual(changes.map((c) => [c.label, c.after]), [
      ['登记事项·事项', '开始征求意见'],
      ['登记事项·日期', '2026-03-02'],
      ['登记事项·征求意见对象', '（已记录）'],
      ['登记事项·类型', '征求第三方意见（条例第三十二条）'],
    ]);
    assert.ok(changes.every((c) => c.before === '—'));
  });

  it('writes the difference as one line for the CSV', () => {
    assert.equal(auditDifferenceText([{ label: '公开内容（要素）', before: '甲', after: '乙' }, { label: '备注', before: '—', after: '丙' }]), '公开内容（要素）：甲 → 乙；备注：— → 丙');
  });
});
