import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { AUDIT_ACTION_LABELS, auditActionGroups, auditActionLabel } from '../../../src/domain/audit/actionLabels.ts';

const APP = join(import.meta.dirname, '../../../src/app');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sourceFiles(join(dir, entry.name)) : /\.tsx?$/.test(entry.name) ? [join(dir, entry.name)] : [],
  );
}

/** Every `action: …` of the use cases (audit events are recorded only in src/app): fixed names and `prefix.${…}` templates. */
function recordedActions(): { fixed: Set<string>; prefixes: Set<string> } {
  const fixed = new Set<string>();
  const prefixes = new Set<string>();
  for (const file of sourceFiles(APP)) {
    for (const line of readFileSync(file, 'utf8').split('\n')) {
      const at = line.search(/\baction: /);
      if (at < 0) continue;
      const rest = line.slice(at);
      for (const match of rest.matchAll(/'([a-z_]+\.[a-z_]+)'/g)) fixed.add(match[1]!);
      for (const match of rest.matchAll(/`([a-z_]+)\.\$\{/g)) prefixes.add(match[1]!);
    }
  }
  return { fixed, prefixes };
}

describe('audit action labels', () => {
  const { fixed, prefixes } = recordedActions();

  it('finds the actions the use cases record (the scan itself works)', () => {
    for (const action of ['catalog.item_updated', 'user.created', 'outbox.sent', 'document.scheduled']) assert.ok(fixed.has(action), action);
    assert.deepEqual([...prefixes].sort(), ['annual_report', 'application', 'application_letter']);
  });

  it('has a Chinese label for every action recorded anywhere in src/app', () => {
    const missing = [...fixed].filter((action) => !AUDIT_ACTION_LABELS[action]);
    assert.deepEqual(missing, []);
  });

  it('has labels for the actions built from an event name', () => {
    for (const action of ['application.answered', 'application.correctionRequested', 'annual_report.submit', 'annual_report.approve', 'application_letter.review_pass']) {
      assert.ok(AUDIT_ACTION_LABELS[action], action);
    }
  });

  it('labels are Chinese and unique within their group', () => {
    for (const [action, label] of Object.entries(AUDIT_ACTION_LABELS)) assert.doesNotMatch(label, /[A-Za-z]/, action);
    for (const group of auditActionGroups()) {
      const labels = group.actions.map((a) => a.label);
      assert.equal(new Set(labels).size, labels.length, group.label);
    }
  });

  it('names an unknown (old) action neutrally, never by its code', () => {
    assert.equal(auditActionLabel('catalog.something_old'), '政务公开标准目录的其他操作');
    assert.equal(auditActionLabel('mystery.thing'), '其他操作');
    assert.equal(auditActionLabel('catalog.item_updated'), '修改目录事项');
  });
});
