import type { ThrottleStore } from './identity-ports.js';
import type { Clock } from './ports.js';

/**
 * Lockout with exponential back-off (ASVS 2.2.1): per identifier, after `accountFailures` failures
 * in the window the next attempts wait `baseLockSeconds`, doubling with each further failure up
 * to `maxLockSeconds`; per client address, after `addressFailures` failures it waits the maximum.
 * Counting per identifier (not per existing account) behaves the same for unknown identifiers.
 */
export type LockoutPolicy = {
  readonly accountFailures: number;
  readonly addressFailures: number;
  readonly windowSeconds: number;
  readonly baseLockSeconds: number;
  readonly maxLockSeconds: number;
};

export const DEFAULT_LOCKOUT: LockoutPolicy = { accountFailures: 5, addressFailures: 50, windowSeconds: 15 * 60, baseLockSeconds: 60, maxLockSeconds: 15 * 60 };

export type ThrottleKeys = { readonly identifier: string | null; readonly address: string | null };

export type SignInThrottle = {
  /** Seconds to wait when either key is locked, else 0. */
  retryAfter(keys: ThrottleKeys): Promise<number>;
  /** Counts a failure against both keys; true when this failure started a lockout. */
  fail(keys: ThrottleKeys): Promise<boolean>;
  /** A success clears the identifier's count (not the address's: one good password does not vouch for the rest). */
  succeed(identifierKey: string): Promise<void>;
};

export function createSignInThrottle(deps: { store: ThrottleStore; clock: Clock; policy: LockoutPolicy }): SignInThrottle {
  const { store, clock, policy } = deps;
  const lockSeconds = (failures: number, threshold: number, exponential: boolean): number => {
    if (failures < threshold) return 0;
    if (!exponential) return policy.maxLockSeconds;
    return Math.min(policy.maxLockSeconds, policy.baseLockSeconds * 2 ** Math.min(failures - threshold, 20));
  };
  const keysOf = (keys: ThrottleKeys) =>
    [
      keys.identifier === null ? null : { key: `id:${keys.identifier}`, threshold: policy.accountFailures, exponential: true },
      keys.address === null ? null : { key: `ip:${keys.address}`, threshold: policy.addressFailures, exponential: false },
    ].filter((k) => k !== null);
  return {
    async retryAfter(keys) {
      const now = clock.now().getTime();
      let wait = 0;
      for (const { key } of keysOf(keys)) {
        const state = await store.get(key);
        const until = state?.locked_until ? Date.parse(state.locked_until) : 0;
        if (until > now) wait = Math.max(wait, Math.ceil((until - now) / 1000));
      }
      return wait;
    },
    async fail(keys) {
      const now = clock.now();
      const windowStart = new Date(now.getTime() - policy.windowSeconds * 1000);
      let locked = false;
      for (const { key, threshold, exponential } of keysOf(keys)) {
        const state = await store.recordFailure(key, now, windowStart);
        const seconds = lockSeconds(state.failures, threshold, exponential);
        if (seconds > 0) {
          await store.lockUntil(key, new Date(now.getTime() + seconds * 1000));
          locked ||= state.failures === threshold;
        }
      }
      return locked;
    },
    succeed: (identifierKey) => store.clear(`id:${identifierKey}`),
  };
}
