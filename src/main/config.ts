import { z } from 'zod';

const flag = (fallback: 'true' | 'false') =>
  z
    .enum(['true', 'false'])
    .default(fallback)
    .transform((value) => value === 'true');

/** The one place that reads process.env: parsed once at start, then frozen. */
const EnvSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
      .optional(),
    PISA_DATA_DIR: z.string().min(1).default('./.pisa-data'),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

    // Personal information at rest (docs/security.md): "id:base64[,id:base64...]", active key first,
    // with PISA_INDEX_KEY (base64) for blind indexes; or a key file; or, by default, a key file
    // generated in the data folder on first start.
    PISA_DATA_KEY: z.string().min(1).optional(),
    PISA_INDEX_KEY: z.string().min(1).optional(),
    PISA_DATA_KEY_FILE: z.string().min(1).optional(),

    // The transparency log (docs/transparency-log.md): its Ed25519 signing key as signer-key text
    // (PRIVATE+KEY+<origin>+<key ID>+<base64>), or a file holding it, or by default a `log-key` file
    // generated in the data folder on first start; and its origin, which is also the key's name.
    PISA_LOG_KEY: z.string().min(1).optional(),
    PISA_LOG_KEY_FILE: z.string().min(1).optional(),
    /** The receipt-signing key, Ed25519 PKCS#8 PEM text; or a file; by default receipt-key.pem in the data folder. */
    PISA_RECEIPT_KEY: z.string().min(1).optional(),
    PISA_RECEIPT_KEY_FILE: z.string().min(1).optional(),
    PISA_LOG_ORIGIN: z
      .string()
      .regex(/^[^\s+]+$/, 'must be non-empty, without spaces or "+" (e.g. pisa.example/log)')
      .default('pisa.localhost/log'),

    /** Served over TLS (directly or behind a proxy): Secure, __Host- session cookie and HSTS. */
    PISA_COOKIE_SECURE: flag('false'),
    /** Behind a reverse proxy: "true", or the proxy addresses (comma-separated) whose X-Forwarded-For is trusted. */
    PISA_TRUST_PROXY: z.string().default('false'),
    /** TOTP for Association staff and the regulator ("required"); admins always need it. */
    PISA_MFA_STAFF: z.enum(['required', 'optional']).default('required'),
    PISA_RATE_LIMIT: z.coerce.number().int().min(1).default(300),
    PISA_AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
    /** How long API-key lookups and processors' organisations are reused (ms; 0: never). Revocations made elsewhere apply after it. */
    PISA_AUTH_CACHE_MS: z.coerce.number().int().min(0).max(60_000).default(5_000),
    /** The embedded database (no DATABASE_URL) runs in its own thread, overlapping HTTP work; "false" keeps it on the main thread. */
    PISA_PGLITE_THREAD: flag('true'),
    PISA_SESSION_IDLE_MINUTES: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(30),
    PISA_SESSION_MAX_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 30)
      .default(12),

    /**
     * Outgoing mail: an smtp:// (STARTTLS when offered; ?requireTLS=true insists) or smtps:// URL,
     * with user:password@ when the server needs them, selects SMTP. Unset, the dev mailer prints
     * each message on the console (recipient masked) instead.
     */
    PISA_SMTP_URL: z
      .string()
      .refine((url) => /^smtps?:\/\/[^\s]+$/.test(url) && URL.canParse(url), 'must be an smtp:// or smtps:// URL')
      .optional(),
    PISA_MAIL_FROM: z.string().min(3).default('PISA <no-reply@pisa.localhost>'),
    /** Where people reach the web app (https://pisa.example): the links in messages (password reset). */
    PISA_PUBLIC_URL: z
      .string()
      .refine((url) => /^https?:\/\/[^\s]+$/.test(url) && URL.canParse(url), 'must be an http:// or https:// URL')
      .optional(),

    // Server scans (docs/scanner.md "Server scans and workers"): the datasets root (one folder per
    // processor slug; default <data folder>/datasets), scan workers inside `pisa serve` (0: only
    // `pisa worker` processes; the embedded database always runs at least one), chunk and upload sizes.
    PISA_DATASETS_DIR: z.string().min(1).optional(),
    PISA_SCAN_WORKERS: z.coerce.number().int().min(0).max(64).default(1),
    PISA_SCAN_CHUNK_MB: z.coerce.number().int().min(1).max(4096).default(64),
    PISA_SCAN_UPLOAD_MB: z.coerce.number().int().min(1).max(65_536).default(256),
  })
  .superRefine((env, ctx) => {
    if (env.PISA_DATA_KEY !== undefined && env.PISA_INDEX_KEY === undefined) {
      ctx.addIssue({ code: 'custom', path: ['PISA_INDEX_KEY'], message: 'is required with PISA_DATA_KEY' });
    }
    if (env.PISA_DATA_KEY !== undefined && env.PISA_DATA_KEY_FILE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['PISA_DATA_KEY_FILE'], message: 'give PISA_DATA_KEY or PISA_DATA_KEY_FILE, not both' });
    }
    if (env.PISA_RECEIPT_KEY !== undefined && env.PISA_RECEIPT_KEY_FILE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['PISA_RECEIPT_KEY_FILE'], message: 'give PISA_RECEIPT_KEY or PISA_RECEIPT_KEY_FILE, not both' });
    }
    if (env.PISA_LOG_KEY !== undefined && env.PISA_LOG_KEY_FILE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['PISA_LOG_KEY_FILE'], message: 'give PISA_LOG_KEY or PISA_LOG_KEY_FILE, not both' });
    }
  });

export type Config = Readonly<z.output<typeof EnvSchema>>;

export function readConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const result = EnvSchema.safeParse(env);
  if (!result.success) {
    // Names and reasons only: values (keys, passwords) never reach the message.
    const bad = result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid environment: ${bad}`);
  }
  return Object.freeze(result.data);
}

/**
 * `pisa deid`'s pseudonymisation key (PISA_DEID_KEY), or null when unset. Read on its own, not
 * through `readConfig`: a file command must not fail on a server setting it does not use.
 */
export function readDeidKey(env: NodeJS.ProcessEnv = process.env): string | null {
  return env['PISA_DEID_KEY'] ?? null;
}
