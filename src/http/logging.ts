import type { FastifyLoggerOptions, PinoLoggerOptions } from 'fastify/types/logger.js';

/**
 * Log fields that may hold credentials or personal information, censored wherever they appear:
 * headers carrying sessions and keys, and body or object fields named like PI or secrets.
 * Defence in depth: the request serializer below already logs neither headers nor bodies.
 */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers.cookie',
  'req.headers["x-csrf-token"]',
  'res.headers["set-cookie"]',
  'headers.authorization',
  'headers.cookie',
  'body',
  '*.password',
  '*.current',
  '*.next',
  '*.email',
  '*.phone',
  '*.name',
  '*.identifier',
  '*.code',
  '*.token',
  '*.csrf_token',
  '*.secret',
  '*.otpauth_uri',
  '*.key',
  '*.to',
];

export type LogSettings = {
  readonly level: string;
  /** Where lines go (tests capture them); stdout when absent. */
  readonly stream?: { write(line: string): void } | undefined;
};

/** The path of a request URL without its query string (queries may carry anything a client typed). */
const pathOnly = (url: unknown): string => (typeof url === 'string' ? (url.split('?')[0] ?? '') : '');

/**
 * Pino options for Fastify: requests logged as method, path and request id only (no client
 * address: under PIPL an IP address is personal information; no query; no headers), and the
 * redaction list above for anything else.
 */
export function loggerOptions(settings: LogSettings): FastifyLoggerOptions & PinoLoggerOptions {
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    redact: { paths: REDACTED_PATHS, censor: '[REDACTED]' },
    serializers: {
      req: (request) => ({ method: request.method, url: pathOnly(request.url), id: request.id }),
      res: (reply) => ({ statusCode: reply.statusCode }),
    },
  };
}
