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

    /** Served over TLS (directly or behind a proxy): Secure, __Host- session cookie and HSTS. */
    PISA_COOKIE_SECURE: flag('false'),
    /** Behind a reverse proxy: "true", or the proxy addresses (comma-separated) whose X-Forwarded-For is trusted. */
    PISA_TRUST_PROXY: z.string().default('false'),
    /** TOTP for Association staff and the regulator ("required"); admins always need it. */
    PISA_MFA_STAFF: z.enum(['required', 'optional']).default('required'),
    PISA_RATE_LIMIT: z.coerce.number().int().min(1).default(300),
    PISA_AUTH_RATE_LIMIT: z.coerce.number().int().min(1).default(10),
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

    /** "dev" prints messages (masked recipient) to the console; "smtp" needs the SMTP_* settings. */
    PISA_MAIL_TRANSPORT: z.enum(['dev', 'smtp']).default('dev'),
    SMTP_HOST: z.string().min(1).optional(),
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).default(587),
    SMTP_SECURE: z.enum(['starttls', 'tls']).default('starttls'),
    SMTP_USER: z.string().min(1).optional(),
    SMTP_PASSWORD: z.string().min(1).optional(),
    SMTP_FROM: z.string().min(3).optional(),
  })
  .superRefine((env, ctx) => {
    if (env.PISA_DATA_KEY !== undefined && env.PISA_INDEX_KEY === undefined) {
      ctx.addIssue({ code: 'custom', path: ['PISA_INDEX_KEY'], message: 'is required with PISA_DATA_KEY' });
    }
    if (env.PISA_DATA_KEY !== undefined && env.PISA_DATA_KEY_FILE !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['PISA_DATA_KEY_FILE'], message: 'give PISA_DATA_KEY or PISA_DATA_KEY_FILE, not both' });
    }
    if (env.PISA_MAIL_TRANSPORT === 'smtp') {
      for (const name of ['SMTP_HOST', 'SMTP_FROM'] as const)
        if (env[name] === undefined) ctx.addIssue({ code: 'custom', path: [name], message: 'is required with PISA_MAIL_TRANSPORT=smtp' });
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
