import type { SecuritySettings } from '../http/app.js';
import type { SessionPolicy } from '../services/sessions.js';
import type { Config } from './config.js';

/** The HTTP security settings from the configuration. */
export function securitySettings(config: Config): SecuritySettings {
  const proxy = config.PISA_TRUST_PROXY.trim();
  return {
    cookie: { secure: config.PISA_COOKIE_SECURE },
    rateLimit: { max: config.PISA_RATE_LIMIT, authMax: config.PISA_AUTH_RATE_LIMIT, windowMs: 60_000 },
    authz: { staffMfaRequired: config.PISA_MFA_STAFF === 'required' },
    trustProxy: proxy === 'true' ? true : proxy === 'false' || proxy === '' ? false : proxy,
  };
}

export function sessionPolicy(config: Config): SessionPolicy {
  return { idleSeconds: config.PISA_SESSION_IDLE_MINUTES * 60, absoluteSeconds: config.PISA_SESSION_MAX_HOURS * 3600, mfaPendingSeconds: 5 * 60 };
}
