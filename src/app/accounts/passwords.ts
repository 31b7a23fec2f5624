import { randomBytes } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { ValidationError } from '../../domain/shared/errors.ts';

/** argon2id with OWASP's minimum settings (19 MiB, 2 passes): ~60 ms here. */
const OPTIONS = { algorithm: 2 /* Argon2id */, memoryCost: 19456, timeCost: 2, parallelism: 1 } as const;

export const MIN_PASSWORD_LENGTH = 10;

export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

let dummy: Promise<string> | undefined;

/**
 * A hash of a random password with the same settings, made once per process: unknown or disabled
 * accounts are checked against it so they cost the same argon2 work as real ones.
 */
export function dummyPasswordHash(): Promise<string> {
  dummy ??= hash(randomBytes(32).toString('hex'), OPTIONS);
  return dummy;
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

export function checkPasswordStrength(password: string): void {
  if (password.length < MIN_PASSWORD_LENGTH) {
    throw new ValidationError(`密码至少需要${MIN_PASSWORD_LENGTH}个字符`, [{ path: 'password', message: `至少${MIN_PASSWORD_LENGTH}个字符` }]);
  }
}
