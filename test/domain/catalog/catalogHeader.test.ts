import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { changedHeaderFields, headerDifferences, readCatalogHeader } from '../../../src/domain/catalog/catalogHeader.ts';
import { isDomainError } from '../../../src/domain/shared/errors.ts';

const TODAY = '2026-03-02';

function issuesOf(raw: Record<string, unknown>): Record<string, string> {
  try {
    readCatalogHeader(raw, TODAY);
  } catch (error) {
    assert.ok(isDomainError(error));
    return Object.fromEntries(error.issues.map((issue) => [issue.path, issue.message]));
  }
  assert.fail('expected a refusal');
}

describe('the catalog header as staff write it', () => {
  it('trims, keeps an empty title empty, and takes only real days up to today', () => {
    assert.deepEqual(readCatalogHeader({ title: '  ', responsibleUnit: ' 某县民政局 ', preparedOn: '2024-02-29' }, TODAY), { title: null, responsibleUnit: '某县民政局', preparedOn: '2024-02-29' });
    assert.deepEqual(readCatalogHeader({}, TODAY), { title: null, responsibleUnit: null, preparedOn: null }, 'nothing typed, nothing stored');
    assert.equal(readCatalogHeader({ preparedOn: TODAY }, TODAY).preparedOn, TODAY);
  });

  it('reports every bad field in Chinese at once', () => {
    assert.deepEqual(issuesOf({ title: '题'.repeat(201), responsibleUnit: '单'.repeat(101), preparedOn: '2025-02-29' }), {
      title: '标题过长（最多200字）',
      responsibleUnit: '责任单位过长（最多100字）',
      preparedOn: '填表时间应为日期，例如 2025-03-01',
    });
    assert.deepEqual(issuesOf({ preparedOn: '2026年3月1日' }), { preparedOn: '填表时间应为日期，例如 2025-03-01' });
    assert.deepEqual(issuesOf({ preparedOn: '2026-03-03' }), { preparedOn: '填表时间不能晚于今天' });
  });

  it('names the changed fields; the reviewer reads 标题 and 责任单位, not the 填表时间 every version has anew', () => {
    const before = { title: '某县民政局政务公开目录', responsibleUnit: '某县民政局', preparedOn: '2025-01-10' };
    const after = { title: null, responsibleUnit: '某县民政局', preparedOn: '2026-03-02' };
    assert.deepEqual(changedHeaderFields(before, after), ['title', 'preparedOn']);
    assert.deepEqual(headerDifferences(before, after), [{ label: '标题', before: '某县民政局政务公开目录', after: '' }]);
  });
});
