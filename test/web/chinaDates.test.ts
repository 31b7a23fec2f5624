import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { buildWebTestApp } from '../helpers/webApp.ts';
import { createViaForm, documentForm, itemId } from './documentsFixture.ts';

process.env.GONGKAI_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'gongkai-china-dates-'));

/** Every date a page shows is China's date (UTC+8): 17:00 UTC on 12-06 is already 12-07 in Beijing. */
describeEachEngine('dates of instants are shown in China time', (open) => {
  it('shows the 保密审查 date of an instant at 2026-12-06T17:00:00Z as 2026-12-07', async () => {
    const web = await buildWebTestApp(await open());
    web.clock.advanceMinutes((Date.parse('2026-12-06T17:00:00.000Z') - Date.parse(web.clock.now())) / 60_000);
    const editor = await web.signedIn('editorA');
    const id = await createViaForm(web, editor, documentForm(await itemId(web, '规范性文件')));
    assert.equal((await editor.post(`/admin/documents/${id}/submit`, {})).statusCode, 303);
    const sysadmin = await web.signedIn('sysadmin');
    await sysadmin.get(`/admin/documents/${id}`);
    assert.equal((await sysadmin.post(`/admin/documents/${id}/review`, { decision: 'pass' })).statusCode, 303);
    assert.equal((await sysadmin.post(`/admin/documents/${id}/secrecy`, { note: '不涉密' })).statusCode, 303);
    const page = (await sysadmin.get(`/admin/documents/${id}`)).body;
    assert.match(page, /保密审查已确认（[^，]+，2026-12-07）/);
    assert.doesNotMatch(page, /2026-12-06/);
  });
});
