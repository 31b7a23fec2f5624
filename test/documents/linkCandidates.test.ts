import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { contextFor, goldenCatalog } from '../helpers/appContext.ts';
import { completeInput, documentWorld, publishNew } from './documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { linkCandidates } from '../../src/app/documents/linkCandidates.ts';
import { linkInterpretation } from '../../src/app/documents/linkInterpretation.ts';
import { loadCatalog } from '../../src/app/catalog/loadCatalog.ts';

describeEachEngine('documents a document may be linked to (app/documents/linkCandidates)', (open) => {
  it('offers a policy the agency\'s interpretations not yet linked, and an interpretation the policies', async () => {
    const world = await documentWorld(await open());
    const policy = await publishNew(world, { kind: 'policy', title: '医保门诊办法' });
    await publishNew(world, { kind: 'other', title: '其他文件' });
    const draft = async (title: string) => (await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ kind: 'interpretation', title }) })).documentId;
    const first = await draft('《医保门诊办法》政策解读');
    const second = await draft('《医保门诊办法》图解');
    assert.deepEqual((await linkCandidates(world.editor, { documentId: policy.documentId })).map((c) => c.title).sort(), ['《医保门诊办法》图解', '《医保门诊办法》政策解读'].sort());
    await linkInterpretation(world.editor, { policyId: policy.documentId, interpretationId: first });
    assert.deepEqual(await linkCandidates(world.editor, { documentId: policy.documentId }), [{ id: second, title: '《医保门诊办法》图解' }]);
    assert.deepEqual((await linkCandidates(world.reviewer, { documentId: second })).map((c) => c.id), [policy.documentId]);
  });

  it('refuses staff of another agency (document.view_drafts)', async () => {
    const world = await documentWorld(await open());
    const policy = await publishNew(world, { kind: 'policy', title: '医保门诊办法' });
    const other = { ...(goldenCatalog() as Record<string, unknown>), agency: '中宁县医疗保障局' };
    const { agencyId } = await loadCatalog(world.admin, other, { publish: true });
    const stranger = contextFor(world.engine, { id: 'u-other', name: '外单位填表人', roles: ['editor'], agencyId, regionId: null }, world.clock);
    await assert.rejects(linkCandidates(stranger, { documentId: policy.documentId }), { code: 'forbidden' });
  });
});
