import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ErrorCode, Issue } from '../core/errors/codes.js';
import { formatMessage, formatPath, type LocalizedIssue, localizeIssue } from '../core/errors/format.js';
import { isPisaError } from '../core/errors/pisa-error.js';
import { RequestValidationError } from './zod-compilers.js';

/**
 * The one table from error code to HTTP status. Every client-side problem with the input is 400,
 * whether syntax (INPUT_SYNTAX) or meaning (TAXONOMY_UNKNOWN_ID): PISA does not use 422, so a
 * client needs one branch for "fix your input and resend", and `code` says which problem it is.
 * Rule-pack and file problems are the server's own configuration, hence 500.
 */
export const HTTP_STATUS = {
  INPUT_SYNTAX: 400,
  INPUT_TOO_LARGE: 413,
  FIELD_REQUIRED: 400,
  FIELD_UNKNOWN: 400,
  FIELD_TYPE: 400,
  VALUE_INVALID: 400,
  TAXONOMY_UNKNOWN_ID: 400,
  APP_TYPE_UNKNOWN: 400,
  LEGAL_BASIS_UNKNOWN: 400,
  JURISDICTION_UNKNOWN: 400,
  ACTIVITY_ID_DUPLICATE: 400,
  DATE_INVALID: 400,
  DURATION_INVALID: 400,
  RULE_PACK_INVALID: 500,
  RULE_CONDITION_INVALID: 500,
  RULE_TIGHTEN_UNKNOWN: 500,
  RULE_TIGHTEN_LOOSENS: 500,
  RULE_ID_DUPLICATE: 500,
  RULE_DEFINITION_DUPLICATE: 500,
  FILE_NOT_FOUND: 500,
  ARGUMENT_INVALID: 400,
  NOT_FOUND: 404,
  DECLARATION_INVALID: 400,
  SLUG_TAKEN: 409,
  DATABASE_UNAVAILABLE: 503,
  REQUEST_INVALID: 400,
  INTERNAL: 500,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  MFA_REQUIRED: 403,
  CSRF_TOKEN_INVALID: 403,
  RATE_LIMITED: 429,
  SIGN_IN_THROTTLED: 429,
  CREDENTIALS_INVALID: 401,
  ACCOUNT_UNVERIFIED: 403,
  PASSWORD_WEAK: 400,
  PASSWORD_TOO_SHORT: 400,
  PASSWORD_TOO_LONG: 400,
  PASSWORD_BREACHED: 400,
  VERIFICATION_CODE_INVALID: 400,
  TOTP_INVALID: 401,
  TOTP_ALREADY_ENROLLED: 409,
  TOTP_NOT_PENDING: 409,
  TOTP_NOT_ENROLLED: 409,
  TOTP_REQUIRED: 409,
  RECOVERY_CODE_INVALID: 401,
  PASSWORD_RESET_INVALID: 400,
  INVITATION_INVALID: 400,
  ORGANISATION_SLUG_TAKEN: 409,
  LAST_OWNER: 409,
  DATA_KEY_UNKNOWN: 500,
  LOG_INDEX_OUT_OF_RANGE: 400,
  LOG_SIZE_OUT_OF_RANGE: 400,
  LOG_TILE_NOT_FOUND: 404,
  SCAN_PATH_INVALID: 400,
  SCAN_NOT_CANCELLABLE: 409,
  CONSENT_DECISION_INVALID: 400,
  CONSENT_PURPOSE_UNKNOWN: 400,
  CONSENT_DECISION_DUPLICATE: 400,
  CONSENT_BUNDLED: 400,
  CONSENT_NOT_REQUIRED: 400,
  CONSENT_NOTICE_OUTDATED: 409,
  CONSENT_GUARDIAN_REQUIRED: 400,
  CONSENT_PARENTAL_REQUIRED: 400,
  CONSENT_SUBJECT_INVALID: 400,
  NOTICE_DECLARATION_MISSING: 409,
  NOTICE_NOT_PUBLISHED: 409,
} as const satisfies Record<ErrorCode, number>;

export type ErrorBody = {
  statusCode: number;
  code: ErrorCode;
  message: { en: string; zh: string };
  issues: LocalizedIssue[];
  request_id: string;
};

type Problem = { code: ErrorCode; params: Readonly<Record<string, string | number>>; issues: readonly Issue[] };

/** The one error shape. 5xx bodies carry no params or issues: internals stay in the server log. */
export function toErrorBody(problem: Problem, requestId: string): ErrorBody {
  const statusCode = HTTP_STATUS[problem.code];
  const isServerSide = statusCode >= 500;
  const code = isServerSide && problem.code !== 'DATABASE_UNAVAILABLE' ? 'INTERNAL' : problem.code;
  return {
    statusCode,
    code,
    message: formatMessage(code, isServerSide ? {} : problem.params),
    issues: isServerSide ? [] : problem.issues.map(localizeIssue),
    request_id: requestId,
  };
}

function isFastifyError(error: unknown): error is FastifyError {
  return error instanceof Error && typeof (error as Partial<FastifyError>).code === 'string';
}

/** Whatever was thrown, as a PISA problem; unknown errors become INTERNAL. */
export function toProblem(error: unknown, request: FastifyRequest, bodyLimit: number): Problem {
  if (error instanceof RequestValidationError) {
    const detail = error.issues.map((i) => formatPath(i.path)).join(', ');
    return { code: 'REQUEST_INVALID', params: { detail }, issues: error.issues };
  }
  if (isPisaError(error)) return { code: error.code, params: error.params, issues: error.issues };
  if (isFastifyError(error)) {
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE': {
        const limit = request.routeOptions.bodyLimit ?? bodyLimit;
        return { code: 'INPUT_TOO_LARGE', params: { size: request.headers['content-length'] ?? `> ${limit}`, limit }, issues: [] };
      }
      case 'FST_ERR_CTP_INVALID_JSON_BODY':
        return { code: 'INPUT_SYNTAX', params: { format: 'JSON', detail: error.message }, issues: [] };
      default:
        // Fastify's own 4xx (unsupported media type, empty JSON body, ...): safe to describe.
        if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
          return { code: 'REQUEST_INVALID', params: { detail: error.message }, issues: [] };
        }
    }
  }
  return { code: 'INTERNAL', params: {}, issues: [] };
}

/** The error handler of the whole app: log server faults, answer in the one shape. */
export function createErrorHandler(bodyLimit: number) {
  return (error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const body = toErrorBody(toProblem(error, request, bodyLimit), request.id);
    if (body.statusCode >= 500) request.log.error({ err: error }, 'request failed');
    return reply.code(body.statusCode).type('application/json; charset=utf-8').send(body);
  };
}
