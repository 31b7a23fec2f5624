import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { eachForgedHostResponse } from './forgedHost.ts';

// This file's own process: the configuration is read on first use, after this line.
process.env.GONGKAI_PUBLIC_ORIGIN = 'https://gk.example.gov.cn';

describeEachEngine('Host header with GONGKAI_PUBLIC_ORIGIN', (open) => {
  it('builds every feed and sitemap URL from the configured origin, never the Host, and lets caches keep them', async () => {
    const web = await buildWebTestApp(await open());
    await eachForgedHostResponse(web, (response, url, host) => {
      assert.equal(response.headers['cache-control'], 'public, max-age=300');
      assert.ok(!response.body.includes('evil.example'), `${url}: the forged Host ${host} is not in a cacheable response`);
      assert.match(response.body, /https:\/\/gk\.example\.gov\.cn\//);
    });
  });
});
