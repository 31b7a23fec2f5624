import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { assertNotCachedWith, eachForgedHostResponse, getWithHost, xmlUrls } from './forgedHost.ts';

describeEachEngine('Host header without GONGKAI_PUBLIC_ORIGIN', (open) => {
  it('marks feeds and sitemap private and echoes only a plain host[:port]', async () => {
    const web = await buildWebTestApp(await open());
    await eachForgedHostResponse(web, (response, url, host) => {
      assert.equal(response.headers['cache-control'], 'private, no-store');
      assertNotCachedWith(response, host);
      if (!/^evil\.example(:\d+)?$/.test(host)) assert.ok(!response.body.includes(host), `${url}: ${host} is not echoed`);
    });
    for (const url of xmlUrls(web)) {
      const plain = await getWithHost(web, url, 'gk.example.gov.cn:8080');
      assert.match(plain.body, /http:\/\/gk\.example\.gov\.cn:8080\//, 'a plain host is used for the links');
    }
  });
});
