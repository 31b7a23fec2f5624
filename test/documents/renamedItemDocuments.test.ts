import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { completeInput, documentWorld } from './documentFixtures.ts';
import { FILES, lateUnderFiles, RENAMED, renameItem } from './renamedItemFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { itemPublicationStatus } from '../../src/app/documents/itemPublicationStatus.ts';
import { getDocumentForStaff } from '../../src/app/documents/getDocument.ts';
import { listDeadlinesFor } from '../../src/storage/repositories/deadline.repository.ts';

const FIVE_DAYS = '形成或者变更之日起5个工作日内';

describeEachEngine('documents of a renamed item (issue 12: matched by the item\'s key, not its name)', (open) => {
  it('the 公开情况 of the renamed item keeps the publications, late and overdue documents filed under its former name', async () => {
    const world = await documentWorld(await open());
    const late = await lateUnderFiles(world, FIVE_DAYS);
    const { documentId: pending } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ formedOn: '2026-01-06', title: '逾期未发' }), items: [FILES] });
    await submitDocument(world.editor, { documentId: pending });
    world.clock.advanceMinutes(24 * 60);
    await renameItem(world, FILES.level2, RENAMED);
    const status = await itemPublicationStatus(world.editor, { agencyId: world.agencyId });
    const row = status.find((s) => s.level2 === RENAMED)!;
    assert.equal(row.publishedCount, 1);
    assert.equal(row.lastPublishedOn, '2026-03-02');
    assert.deepEqual(row.late.map((l) => l.documentId), [late.documentId]);
    assert.deepEqual(row.overdue.map((o) => [o.title, o.status]), [['逾期未发', 'submitted']]);
    assert.equal(status.find((s) => s.level2 === '机构信息')?.publishedCount, 0, 'the other item has none');
  });

  it('a draft filed under the former name gets the renamed item\'s 公开时限 when submitted, not the statutory 20 working days', async () => {
    const world = await documentWorld(await open());
    await lateUnderFiles(world, FIVE_DAYS);
    const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ formedOn: '2026-02-02', title: '改名前起草的文件' }), items: [FILES] });
    await renameItem(world, FILES.level2, RENAMED);
    await submitDocument(world.editor, { documentId });
    const [deadline] = await listDeadlinesFor(world.engine.db, 'document', documentId);
    assert.equal(deadline?.dueDate, '2026-02-09', '5 working days after Monday 2026-02-02');
    assert.match(deadline?.label ?? '', /5个工作日/);
  });

  it('a document sent with the item\'s former name (a form opened before the renaming) is filed under the name it has now', async () => {
    const world = await documentWorld(await open());
    await lateUnderFiles(world, FIVE_DAYS);
    await renameItem(world, FILES.level2, RENAMED);
    const { documentId } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ title: '旧表单提交的文件' }), items: [FILES, { ...FILES, level2: RENAMED }] });
    assert.deepEqual((await getDocumentForStaff(world.editor, { documentId })).items, [{ agencyId: world.agencyId, level1: FILES.level1, level2: RENAMED }]);
    await assert.rejects(createDocument(world.editor, { agencyId: world.agencyId, ...completeInput(), items: [{ level1: FILES.level1, level2: '从未有过的事项' }] }), /不在本单位已发布的目录中/);
  });
});
