import type { FastifySchemaCompiler, FastifySerializerCompiler } from 'fastify';
import { type $ZodType, safeParse } from 'zod/v4/core';
import type { Issue } from '../core/errors/codes.js';
import { requestIssues } from './request-issues.js';

/** A request that does not match its route schema; carries every issue, mapped to PISA codes. */
export class RequestValidationError extends Error {
  readonly statusCode = 400;
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    super('request validation failed');
    this.name = 'RequestValidationError';
    this.issues = issues;
  }
}

/**
 * Like fastify-type-provider-zod's validator, but asks Zod for the offending input so a missing
 * field (FIELD_REQUIRED) is told apart from a wrong type (FIELD_TYPE), and keeps PISA issues.
 */
export const validatorCompiler: FastifySchemaCompiler<$ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    const result = safeParse(schema, data, { reportInput: true });
    if (result.success) return { value: result.data };
    return { error: new RequestValidationError(requestIssues(result.error, httpPart)) };
  };

/** A response that does not match its declared schema: a bug, reported as INTERNAL. */
export class ResponseSchemaError extends Error {
  constructor(method: string, url: string, cause: unknown) {
    super(`response of ${method} ${url} does not match its schema`, { cause });
    this.name = 'ResponseSchemaError';
  }
}

/**
 * Serializes through the response schema with parse rather than the provider's encode: the core's
 * declaration schema has one-way transforms (deduplicating lists), which encode refuses but
 * which are idempotent on the core's own output. Unknown keys are stripped, never leaked.
 */
export const serializerCompiler: FastifySerializerCompiler<$ZodType> =
  ({ schema, method, url }) =>
  (data) => {
    const result = safeParse(schema, data);
    if (!result.success) throw new ResponseSchemaError(method, url, result.error);
    return JSON.stringify(result.data);
  };
