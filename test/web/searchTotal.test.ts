/**
 * The results heading says how many documents were found: exactly («共 N 条») when every hit was counted, and
 * «超过 N 条» when the count stopped at its cap (searchDocuments.ts countUpTo), never a capped figure as if exact.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { countUpTo } from '../../src/app/documents/searchDocuments.ts';
import { pageInfo } from '../../src/web/public/documentPresenters.ts';
import { SearchPage, type SearchPageProps } from '../../src/web/public/views/documents/searchPage.tsx';

const render = async (node: unknown) => String(await Promise.resolve(node));

function page(total: number, capped: boolean): SearchPageProps {
  return {
    action: '/search', fixedAgency: null, query: '医保', truncated: false, tooShort: false, filters: { agency: '', item: '', year: '', validity: '' },
    agencies: [], items: [], years: [], results: [], info: pageInfo(1, total, 10), capped, partial: false, catalogItems: [], agencyHits: [], suggestions: [], viewer: null,
  };
}

describe('search total', () => {
  it('shows a capped count as a lower bound and an exact count as exact', async () => {
    const capped = await render(SearchPage(page(200, true)));
    assert.match(capped, /检索结果（超过200条）/);
    assert.doesNotMatch(capped, /共200/);
    assert.match(await render(SearchPage(page(137, false))), /检索结果（共137条）/);
  });

  it('counts to one hundred past the page, so the pager always reaches the next page', () => {
    assert.equal(countUpTo(0, 10), 200);
    assert.equal(countUpTo(90, 10), 200);
    assert.equal(countUpTo(100, 10), 300);
    assert.equal(countUpTo(190, 10), 300);
    for (let offset = 0; offset < 1000; offset += 10) assert.ok(countUpTo(offset, 10) > offset + 10, `offset ${offset}`);
  });
});
