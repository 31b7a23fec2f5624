import assert from 'node:assert/strict';
import { it } from 'node:test';
import { describeEachEngine } from '../helpers/databases.ts';
import { completeInput, documentWorld, ITEM, publishNew } from './documentFixtures.ts';
import { createDocument } from '../../src/app/documents/createDocument.ts';
import { submitDocument } from '../../src/app/documents/changeDocumentStatus.ts';
import { itemPublicationStatus } from '../../src/app/documents/itemPublicationStatus.ts';
import { getDocumentForStaff } from '../../src/app/documents/getDocument.ts';
import { loadCalendar } from '../../src/app/calendar/loadCalendar.ts';
import { workingDaysBetween } from '../../src/domain/calendar/arithmetic.ts';
import { listDeadlinesFor } from '../../src/storage/repositories/deadline.repository.ts';

describeEachEngine('on time, measured', (open) => {
  it('records 成文日期 + 20 working days in the deadline store and marks a late publication with its working days', async () => {
    const world = await documentWorld(await open());
    const late = await publishNew(world, { formedOn: '2026-01-05', title: '迟发的文件' });
    const onTime = await publishNew(world, { formedOn: '2026-02-25', title: '按时的文件' });
    const [deadline] = await listDeadlinesFor(world.engine.db, 'document', late.documentId);
    assert.equal(deadline?.dueDate, '2026-02-02', '20 working days after 2026-01-05');
    const staff = await getDocumentForStaff(world.editor, { documentId: late.documentId });
    const expected = workingDaysBetween(await loadCalendar(world.admin), '2026-02-02', '2026-03-02');
    assert.deepEqual(staff.timeliness, { dueDate: '2026-02-02', late: true, workingDaysLate: expected, overdue: false });
    assert.ok(expected > 10);
    assert.equal((await getDocumentForStaff(world.editor, { documentId: onTime.documentId })).timeliness?.late, false);

    const { documentId: pending } = await createDocument(world.editor, { agencyId: world.agencyId, ...completeInput({ formedOn: '2026-01-06', title: '逾期未发' }) });
    await submitDocument(world.editor, { documentId: pending });
    const status = await itemPublicationStatus(world.editor, { agencyId: world.agencyId });
    const row = status.find((s) => s.level1 === ITEM.level1 && s.level2 === ITEM.level2)!;
    assert.equal(row.lastPublishedOn, '2026-03-02');
    assert.equal(row.publishedCount, 2);
    assert.deepEqual(row.late.map((l) => [l.title, l.workingDaysLate]), [['迟发的文件', expected]]);
    assert.deepEqual(row.overdue.map((o) => [o.title, o.status]), [['逾期未发', 'submitted']]);
    assert.equal(status.find((s) => s.level2 === '领导信息')?.lastPublishedOn, null);
  });
});
