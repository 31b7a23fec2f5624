import assert from 'node:assert/strict';
import { it } from 'node:test';
import { assertSeparateSignOff, signOffConflict, signOffRefusal, STRICT_SIGN_OFF } from '../../src/domain/catalog/workflowSignOff.ts';
import { assertVersionSignOff, versionSignOffRefusal } from '../../src/domain/catalog/workflow.ts';
import { documentSignOffRefusal } from '../../src/domain/documents/workflow.ts';

const round = { preparerId: 'a', reviewerId: 'b' };

it('names the earlier signature that makes a step a second one, for review and approval', () => {
  assert.equal(signOffConflict(round, 'review', 'a'), 'preparer');
  assert.equal(signOffConflict(round, 'review', 'b'), null, "a stale reviewer id does not stop this round's review");
  assert.equal(signOffConflict(round, 'approve', 'a'), 'preparer');
  assert.equal(signOffConflict(round, 'approve', 'b'), 'reviewer');
  assert.equal(signOffConflict(round, 'approve', 'c'), null);
  assert.equal(signOffConflict({ preparerId: null, reviewerId: 'b' }, 'review', null), 'preparer', 'the system counts as one person');
  assert.equal(signOffConflict(round, 'approve', 'a', { allowOnePerson: true }), null, 'the policy seam for a later audited exception');
  assert.equal(STRICT_SIGN_OFF.allowOnePerson, false);
});

it('says why in Chinese, and throws forbidden', () => {
  assert.equal(signOffRefusal(round, 'review', 'a', '版本'), '您已是本版本的填表人，不能再复核');
  assert.equal(signOffRefusal(round, 'approve', 'b', '文件'), '您已是本文件的复核人，不能再审签');
  assert.throws(() => assertSeparateSignOff(round, 'approve', 'a', '文件'), (e: { code: string; message: string }) => e.code === 'forbidden' && /三个不同的人/.test(e.message));
});

it('applies to the review and sign-off events of versions and documents, not to submitting or other states', () => {
  const version = { submittedBy: 'a', reviewedBy: 'b' };
  assert.throws(() => assertVersionSignOff(version, 'review_return', 'a'), /填表人/);
  assert.throws(() => assertVersionSignOff(version, 'approve_return', 'b'), /复核人/);
  assert.doesNotThrow(() => assertVersionSignOff(version, 'submit', 'a'));
  assert.equal(versionSignOffRefusal({ ...version, status: 'submitted' }, 'a'), '您已是本版本的填表人，不能再复核');
  assert.equal(versionSignOffRefusal({ ...version, status: 'draft' }, 'a'), null);
  assert.equal(documentSignOffRefusal({ ...version, status: 'reviewed' }, 'b'), '您已是本文件的复核人，不能再审签');
  assert.equal(documentSignOffRefusal({ ...version, status: 'published' }, 'b'), null);
});
