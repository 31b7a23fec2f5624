/**
 * Letters as Word and PDF: the generated files are read back (mammoth/jszip for .docx, pdftotext for
 * the PDF) and must carry the Chinese text, the 文号, the signature block and page numbers.
 */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { buildLetterModel, defaultTemplate, draftLetter, type LetterModel } from '../../../src/domain/applications/letters/index.ts';
import { exportLetter } from '../../../src/exporters/letters/index.ts';

const NUMBER = '中卫医保依公〔2026〕3号';

function answerModel(extraParagraphs = 0): LetterModel {
  const draft = draftLetter(defaultTemplate('answer.granted'), {
    applicantName: '张三',
    ref: 'YSQ-2026-0003',
    receivedOn: '2026-03-05',
    request: '2025年度城乡居民医保基金收支情况',
    outcome: 'granted',
    provided: '《2025年度城乡居民基本医疗保险基金收支情况表》（电子版，1份）',
  });
  const filler = Array.from({ length: extraParagraphs }, (_, i) => `补充说明第${i + 1}段：本机关已对申请的政府信息进行检索，检索范围包括本机关制作和保存的文件、档案和电子数据。`);
  return buildLetterModel({
    ...draft,
    body: [draft.body, ...filler].join('\n'),
    number: NUMBER,
    agencyName: '中卫市医疗保障局',
    date: '2026-03-20',
    attachments: ['2025年度城乡居民基本医疗保险基金收支情况表'],
  });
}

function pdfText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'gongkai-letter-')), 'letter.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

const compact = (text: string) => text.replace(/\s+/g, '');

describe('letter as .docx', () => {
  it('reads back with title, number, addressee, body, attachment and signature in order', async () => {
    const bytes = await exportLetter(answerModel(), 'docx');
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    const text = compact(value);
    const order = ['政府信息公开申请答复书', NUMBER, '张三：', '2026年3月5日收到您提出的政府信息公开申请', '六十日内', '附件：2025年度城乡居民', '中卫市医疗保障局', '2026年3月20日'];
    const positions = order.map((part) => text.indexOf(compact(part)));
    positions.forEach((position, i) => assert.ok(position >= 0, `missing ${order[i]}`));
    assert.deepEqual([...positions].sort((a, b) => a - b), positions);
  });

  it('indents body paragraphs by two characters and numbers pages 「— n —」 in the footer', async () => {
    const zip = await JSZip.loadAsync(await exportLetter(answerModel(), 'docx'));
    const documentXml = await zip.file('word/document.xml')!.async('string');
    assert.match(documentXml, /w:firstLine="640"/); // 2 × 16 pt in twips
    const footerName = Object.keys(zip.files).find((name) => /^word\/footer\d*\.xml$/.test(name));
    assert.ok(footerName, 'no footer part');
    const footer = await zip.file(footerName)!.async('string');
    assert.match(footer, /PAGE/);
    assert.match(footer, /— /);
  });
});

describe('letter as PDF', () => {
  it('carries the Chinese text and the number, read back with pdftotext', async () => {
    const text = compact(pdfText(await exportLetter(answerModel(), 'pdf')));
    for (const part of ['政府信息公开申请答复书', NUMBER, '张三：', '《中华人民共和国政府信息公开条例》第三十六条', '中卫市医疗保障局', '2026年3月20日', '—1—']) {
      assert.ok(text.includes(compact(part)), `missing ${part}`);
    }
  });

  it('a long letter flows onto a second page numbered 「— 2 —」', async () => {
    const raw = pdfText(await exportLetter(answerModel(30), 'pdf'));
    const pages = raw.split('\f').filter((page) => page.trim() !== '');
    assert.ok(pages.length >= 2, `expected two pages, got ${pages.length}`);
    assert.ok(compact(pages[1]!).includes('—2—'));
    assert.ok(compact(pages.at(-1)!).includes('2026年3月20日'));
  });

  it('a draft says the number is assigned at approval', async () => {
    const model = buildLetterModel({ title: '政府信息公开申请补正告知书', addressee: '张三：', body: '请补正。', number: null, date: null, agencyName: '中卫市医疗保障局' });
    const text = compact(pdfText(await exportLetter(model, 'pdf')));
    assert.ok(text.includes('文号在审签时编定'));
  });
});
