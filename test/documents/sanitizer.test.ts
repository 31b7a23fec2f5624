import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { htmlToText, sanitizeBody } from '../../src/domain/documents/sanitizeBody.ts';
import { XSS_PAYLOADS } from './xssPayloads.ts';

const DANGEROUS = [/<script/i, /<iframe/i, /<svg/i, /<style/i, /<object/i, /<embed/i, /<form/i, /\son\w+\s*=/i, /javascript:/i, /vbscript:/i, /data:/i, /<img[^>]+src="([a-z][a-z0-9+.-]*:|\/\/)/i];

describe('body sanitizer', () => {
  for (const payload of XSS_PAYLOADS) {
    it(`neutralises ${JSON.stringify(payload).slice(0, 60)}`, () => {
      const clean = sanitizeBody(`<p>正文</p>${payload}`);
      for (const pattern of DANGEROUS) assert.doesNotMatch(clean, pattern);
      assert.match(clean, /<p>正文<\/p>/);
    });
  }

  it('keeps the conservative structure: paragraphs, lists, tables with spans, site links', () => {
    const html = '<h2>一、总则</h2><p>第一条 <strong>为了</strong><a href="/documents/abc">见此</a></p><ul><li>一</li></ul><table><tr><td rowspan="2">a</td></tr></table>';
    assert.equal(sanitizeBody(html), html);
    assert.equal(sanitizeBody('<a href="https://www.gov.cn/">国务院</a>'), '<a href="https://www.gov.cn/" rel="noopener noreferrer">国务院</a>');
  });

  it('turns HTML into plain text with entities decoded', () => {
    assert.equal(htmlToText('<p>甲&amp;乙</p><p>丙&lt;丁&gt;</p>'), '甲&乙\n丙<丁>');
  });
});

describe('sanitizeBody keeps only the 年报 table classes', () => {
  it('keeps report-* cell classes and drops any other class', () => {
    const out = sanitizeBody('<table class="report-table report-table3 evil"><tr><td class="report-label x" onclick="1">a</td><td class="big">1</td></tr></table>');
    assert.match(out, /<table class="report-table report-table3">/);
    assert.match(out, /<td class="report-label">a<\/td>/);
    assert.match(out, /<td>1<\/td>/);
    assert.doesNotMatch(out, /evil|onclick|big/);
  });
});
