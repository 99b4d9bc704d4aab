import { PisaError } from '../core/errors/pisa-error.js';
import type { DatabaseProbe } from './ports.js';

export type HealthService = {
  /** Throws DATABASE_UNAVAILABLE (with the driver error as cause) when the database does not answer. */
  check(): Promise<{ status: 'ok'; database: 'ok' }>;
};

export function createHealthService(deps: { probe: DatabaseProbe }): HealthService {
  return {
    async check() {
      try {
        await deps.probe.ping();
      } catch (cause) {
        throw new PisaError('DATABASE_UNAVAILABLE', {}, { cause });
      }
      return { status: 'ok', database: 'ok' };
    },
  };
}
