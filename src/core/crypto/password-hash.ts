import { randomBytes } from 'node:crypto';
import { argon2id, hash, needsRehash, verify } from 'argon2';

/** argon2id cost parameters (memory in KiB). */
export type Argon2Params = { readonly memoryCost: number; readonly timeCost: number; readonly parallelism: number };

/**
 * OWASP Password Storage Cheat Sheet (2024), first argon2id configuration: 19 MiB, 2 passes,
 * 1 lane. Raise memoryCost where the server has room; existing hashes are upgraded at sign-in.
 */
export const ARGON2_DEFAULTS: Argon2Params = { memoryCost: 19_456, timeCost: 2, parallelism: 1 };

export type PasswordHasher = {
  hash(password: string): Promise<string>;
  verify(stored: string, password: string): Promise<boolean>;
  /** True when `stored` was made with other parameters: rehash after a successful sign-in. */
  needsRehash(stored: string): boolean;
  /**
   * Verifies against a hash of a random password, taking as long as a real verify: called when
   * the account does not exist, so response time does not tell which accounts exist.
   */
  dummyVerify(password: string): Promise<void>;
};

/** An argon2id hasher (PHC string format, random 16-byte salt per hash). */
export function createPasswordHasher(params: Argon2Params = ARGON2_DEFAULTS): PasswordHasher {
  const options = { type: argon2id, ...params } as const;
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => hash(password, options),
    async verify(stored, password) {
      try {
        return await verify(stored, password);
      } catch {
        // A malformed stored hash is a failed verification, never a crash or a bypass.
        return false;
      }
    },
    needsRehash: (stored) => {
      try {
        return needsRehash(stored, params);
      } catch {
        return true;
      }
    },
    async dummyVerify(password) {
      dummy ??= hash(randomBytes(32).toString('hex'), options);
      await verify(await dummy, password).catch(() => false);
    },
  };
}
