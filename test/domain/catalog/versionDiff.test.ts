import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type { CatalogItem } from '../../../src/domain/catalog/catalog.ts';
import { matchItems, RENAME_PAIR_LIMIT, type DiffItem } from '../../../src/domain/catalog/itemMatching.ts';
import { diffCatalogItems } from '../../../src/domain/catalog/versionDiff.ts';
import { diffText } from '../../../src/domain/catalog/textDiff.ts';
import { findReverts, revertWarnings } from '../../../src/domain/catalog/revertCheck.ts';

function item(level1: string, level2: string, content = `${level2}的内容`, extra: Partial<DiffItem> = {}): DiffItem {
  const base: CatalogItem = {
    seq: null, level1, level2, content, basis: ['《政府信息公开条例》'], timeLimit: '信息形成或者变更之日起20个工作日内', subject: '本机关',
    channels: ['政府网站'], audience: ['全社会'], mode: ['主动公开'], fiveTypes: null, column: null, category: null, remarks: null,
  };
  return { ...base, ...extra };
}

const v1 = [item('机构职能', '机构信息'), item('机构职能', '领导信息'), item('政策文件', '规范性文件'), item('政策文件', '政策解读')];

describe('matching the items of two versions', () => {
  it('pairs by (一级事项, 二级事项), then by 二级事项 alone when the item moved to another 一级事项', () => {
    const after = [item('政策文件', '规范性文件'), item('人事信息', '领导信息'), item('机构职能', '机构信息')];
    assert.deepEqual(matchItems(v1, after), [
      { beforeIndex: 2, afterIndex: 0 },
      { beforeIndex: 1, afterIndex: 1 },
      { beforeIndex: 0, afterIndex: 2 },
    ]);
  });

  it('pairs duplicates first with first, and leaves an extra duplicate as added', () => {
    const before = [item('A', '同名', '甲'), item('A', '同名', '乙')];
    const after = [item('A', '同名', '甲'), item('A', '同名', '乙'), item('A', '同名', '丙')];
    assert.deepEqual(matchItems(before, after), [{ beforeIndex: 0, afterIndex: 0 }, { beforeIndex: 1, afterIndex: 1 }]);
  });

  it('finds a renamed item by similar 二级事项 and 公开内容, but not an unrelated one', () => {
    const before = [item('A', '行政许可结果公示', '许可决定书、许可事项名称、许可日期')];
    const renamed = [item('A', '行政许可决定公示', '许可决定书、许可事项名称、许可日期')];
    const unrelated = [item('A', '财政预算', '部门预算、三公经费')];
    assert.deepEqual(matchItems(before, renamed), [{ beforeIndex: 0, afterIndex: 0 }]);
    assert.deepEqual(matchItems(before, unrelated), []);
  });

  it('uses the permanent key where both sides have one, even across a rename and a move', () => {
    const before = [item('A', '旧名', '一二三', { key: 'k1' }), item('A', '另一个', '四五六', { key: 'k2' })];
    const after = [item('B', '全新名称', '七八九', { key: 'k1' }), item('A', '另一个', '四五六', { key: 'k3' })];
    assert.deepEqual(matchItems(before, after), [{ beforeIndex: 0, afterIndex: 0 }]);
    const unkeyed = [item('A', '另一个', '四五六')];
    assert.deepEqual(matchItems(before, unkeyed), [{ beforeIndex: 1, afterIndex: 0 }]);
  });
});

describe('the difference of two versions', () => {
  it('lists two edited items with their fields before and after, and counts the rest unchanged', () => {
    const after = v1.map((one) => ({ ...one }));
    after[1] = { ...after[1]!, content: '领导姓名、职务、分工' };
    after[3] = { ...after[3]!, channels: ['政府网站', '两微一端'], timeLimit: '文件公开后3个工作日内' };
    const diff = diffCatalogItems(v1, after);
    assert.deepEqual(diff.added, []);
    assert.deepEqual(diff.removed, []);
    assert.deepEqual(diff.moved, []);
    assert.equal(diff.unchanged, 2);
    assert.deepEqual(diff.changed.map((change) => [change.after.level2, change.fields.map((field) => [field.label, field.before, field.after])]), [
      ['领导信息', [['公开内容', '领导信息的内容', '领导姓名、职务、分工']]],
      ['政策解读', [['公开时限', '信息形成或者变更之日起20个工作日内', '文件公开后3个工作日内'], ['公开渠道和载体', '政府网站', '政府网站、两微一端']]],
    ]);
  });

  it('lists added and removed items, and an item moved to another 一级事项 or out of order', () => {
    const after = [item('机构职能', '机构信息'), item('政策文件', '政策解读'), item('人事信息', '领导信息'), item('政策文件', '规范性文件'), item('政策文件', '新事项', '全新的内容甲乙丙')];
    const trimmed = after.filter((one) => one.level2 !== '机构信息');
    const diff = diffCatalogItems(v1, trimmed);
    assert.deepEqual(diff.added.map((added) => added.item.level2), ['新事项']);
    assert.deepEqual(diff.removed.map((removed) => removed.item.level2), ['机构信息']);
    assert.deepEqual(diff.moved.map((moved) => moved.after.level2).sort(), ['政策解读', '领导信息'].sort());
    assert.deepEqual(diff.changed, []);
  });

  it('reports nothing for identical lists', () => {
    const diff = diffCatalogItems(v1, v1);
    assert.equal(diff.unchanged, 4);
    assert.equal(diff.changed.length + diff.moved.length + diff.added.length + diff.removed.length, 0);
  });
});

describe('the difference of two texts', () => {
  it('marks the characters removed and added', () => {
    assert.deepEqual(diffText('20个工作日内', '15个工作日内'), [
      { kind: 'removed', text: '20' },
      { kind: 'added', text: '15' },
      { kind: 'same', text: '个工作日内' },
    ]);
    assert.deepEqual(diffText('', '新'), [{ kind: 'added', text: '新' }]);
  });
});

describe('an import that would undo later changes', () => {
  it('names exactly the items whose file content equals the older version', () => {
    const v2 = v1.map((one) => ({ ...one }));
    v2[0] = { ...v2[0]!, content: '第二版改过的机构信息' };
    v2[2] = { ...v2[2]!, subject: '办公室' };
    const file = v1.map((one) => ({ ...one }));
    file[3] = { ...file[3]!, remarks: '文件里的新备注' };
    const diff = diffCatalogItems(v2, file);
    assert.equal(diff.changed.length, 3);
    const reverts = findReverts(diff, { number: 2, items: v2 }, [{ number: 1, items: v1 }]);
    assert.deepEqual(reverts.map((one) => [one.kind, one.name, one.oldVersion, one.changedIn]), [['edited', '机构信息', 1, 2], ['edited', '规范性文件', 1, 2]]);
    assert.deepEqual(revertWarnings(reverts), ['文件中的 2 个事项仍是旧版本的内容（第1版），导入将撤销第2版对这些事项的修改：「机构信息」、「规范性文件」']);
  });

  it('names the items a later version removed (the import restores them) and added (the import drops them)', () => {
    const v2 = [...v1.slice(0, 3), item('政策文件', '第二版新增事项', '第二版才有的内容')];
    const v3 = v2.filter((one) => one.level2 !== '领导信息');
    const file = v1.map((one) => ({ ...one }));
    const reverts = findReverts(diffCatalogItems(v3, file), { number: 3, items: v3 }, [{ number: 1, items: v1 }, { number: 2, items: v2 }]);
    assert.deepEqual(reverts.map((one) => [one.kind, one.name, one.oldVersion, one.changedIn]), [
      ['restored', '领导信息', 2, 3],
      ['restored', '政策解读', 1, 2],
      ['dropped', '第二版新增事项', 1, 2],
    ]);
    assert.deepEqual(revertWarnings(reverts), [
      '文件中有 1 个事项已在第3版删除（文件仍是第2版的内容），导入将恢复这些事项：「领导信息」',
      '文件中有 1 个事项已在第2版删除（文件仍是第1版的内容），导入将恢复这些事项：「政策解读」',
      '文件中缺少第2版新增的 1 个事项（文件仍是第1版的内容），导入将删除这些事项：「第二版新增事项」',
    ]);
  });

  it('warns of nothing when the file was made from the current version, or when there is no history', () => {
    const v2 = v1.map((one, index) => (index === 0 ? { ...one, content: '改过' } : one));
    assert.deepEqual(findReverts(diffCatalogItems(v2, v2), { number: 2, items: v2 }, [{ number: 1, items: v1 }]), []);
    assert.deepEqual(findReverts(diffCatalogItems(v2, v1), { number: 1, items: v2 }, []), []);
  });
});

describe('bounded work', () => {
  it('skips the rename pass when too many items are left unmatched, reporting them as removed and added', () => {
    const side = (prefix: string) => Array.from({ length: 400 }, (_, index) => item('A', `${prefix}事项${index}`, `共同的公开内容${index}`));
    const diff = diffCatalogItems(side('甲'), side('乙'));
    assert.equal(400 * 400 > RENAME_PAIR_LIMIT, true);
    assert.deepEqual([diff.changed.length, diff.added.length, diff.removed.length], [0, 400, 400]);
    const few = diffCatalogItems(side('甲').slice(0, 5), side('乙').slice(0, 5));
    assert.deepEqual([few.changed.length, few.added.length], [5, 0], 'a few renamed items are still found');
  });
});
