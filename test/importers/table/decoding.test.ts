/** Text encodings a catalog arrives in: UTF-16 LE/BE with and without BOM, GB18030, UTF-8 with BOM. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { decodeText } from '../../../src/importers/text/decode.ts';
import { importText } from '../../../src/importers/importCatalogText.ts';

const TEXT = [
  '某县医疗保障局政务公开事项目录',
  '序号\t一级事项\t二级事项\t公开内容\t公开依据\t公开时限\t公开主体\t公开渠道和载体',
  '1\t概况信息\t机构职能\t职责、口腔科\t《条例》\t20个工作日内\t办公室\t■政府网站 □政府公报',
  '2\t概况信息\t领导信息\t姓名、职务\t《条例》\t20个工作日内\t办公室\t■政府网站',
  '3\t概况信息\t内设机构\t名称\t《条例》\t20个工作日内\t办公室\t■政府网站',
].join('\r\n');

function utf16(text: string, order: 'le' | 'be', bom: boolean): Uint8Array {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const units = [...(bom ? [0xfeff] : []), ...Array.from(text, (ch) => ch.charCodeAt(0))];
  units.forEach((unit, k) => {
    out[2 * k + (order === 'le' ? 0 : 1)] = unit & 0xff;
    out[2 * k + (order === 'le' ? 1 : 0)] = unit >> 8;
  });
  return out;
}

describe('decoding', () => {
  for (const order of ['le', 'be'] as const) {
    for (const bom of [true, false]) {
      it(`reads UTF-16 ${order.toUpperCase()} ${bom ? 'with' : 'without'} a BOM`, () => {
        assert.equal(decodeText(utf16(TEXT, order, bom)), TEXT);
        assert.equal(importText(utf16(TEXT, order, bom)).catalog.items.length, 3);
      });
    }
  }

  it('reads GB18030 (iconv writes it as Chinese Windows does)', () => {
    const bytes = execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: TEXT });
    assert.equal(decodeText(bytes), TEXT);
    assert.equal(importText(bytes).catalog.items[0]!.content, '职责、口腔科');
  });

  it('drops a UTF-8 BOM', () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(TEXT)]);
    assert.equal(decodeText(bytes).startsWith('某县'), true);
  });
});
