import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { buildForm } from '../../src/exporters/form.ts';
import { channelsText } from '../../src/exporters/columns.ts';
import { dawukouAsWritten } from '../helpers/sourceLayoutFixtures.ts';

describe('the national form\'s exports of a catalog kept in its source\'s columns (issue 12)', () => {
  it('still fill every national column, with the computed summary line and the standard channel names', () => {
    const doc = dawukouAsWritten();
    const form = buildForm(doc);
    const headers = form.header.flat().filter((cell) => cell !== null).map((cell) => cell.text);
    for (const header of ['序号', '一级事项', '二级事项', '公开依据', '公开时限', '公开主体', '公开渠道和载体', '公开对象', '公开方式']) {
      assert.ok(headers.some((text) => text.replace(/\s+/g, '').startsWith(header)), header);
    }
    assert.equal(form.body.length, doc.items.length);
    assert.equal(form.summaryLine, '主动公开一级事项8项，二级事项19项；依申请公开二级事项0项', 'computed, never the declared line');
    assert.match(channelsText(doc.items[6]!, 'boxes'), /■政府网站/, 'the national form names the standard channel');
    assert.doesNotMatch(channelsText(doc.items[6]!, 'boxes'), /部门网站/);
  });
});
