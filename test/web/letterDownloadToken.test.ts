/** The status page's per-letter download token: opens one letter of one application for half an hour, signed. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { LETTER_TOKEN_LIFETIME_MS, letterTokens } from '../../src/web/public/letterDownloadToken.ts';

describe('letter download tokens', () => {
  const tokens = letterTokens('test-secret');
  const now = Date.parse('2026-03-10T02:00:00Z');
  const token = tokens.issue('app-1', 'letter-1', now);

  it('opens its own letter and names the application', () => {
    assert.equal(tokens.verify(token, 'letter-1', now + 1000), 'app-1');
  });

  it('opens no other letter, lapses, and refuses tampering or another server secret', () => {
    assert.equal(tokens.verify(token, 'letter-2', now), null);
    assert.equal(tokens.verify(token, 'letter-1', now + LETTER_TOKEN_LIFETIME_MS), null);
    const [payload, signature] = token.split('.');
    const otherApp = Buffer.from(Buffer.from(payload!, 'base64url').toString().replace('app-1', 'app-2')).toString('base64url');
    assert.equal(tokens.verify(`${otherApp}.${signature}`, 'letter-1', now), null);
    assert.equal(letterTokens('another-secret').verify(token, 'letter-1', now), null);
    assert.equal(tokens.verify('garbage', 'letter-1', now), null);
  });
});
