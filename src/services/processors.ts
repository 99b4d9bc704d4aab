import type { Visibility } from '../core/auth/policy.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import type { OrganisationStore } from './identity-ports.js';
import { isUuid } from './ids.js';
import type { Clock, ProcessorRecord, ProcessorStore } from './ports.js';
import type { UnitOfWork } from './unit-of-work.js';

/** Lowercase letters, digits and inner hyphens: safe in URLs and file names. */
export const SLUG_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?$/;
/** How many "-2", "-3", ... suffixes a derived slug tries before giving up. */
const MAX_SUFFIX = 50;

/** "Acme Health (Shenzhen)" -> "acme-health-shenzhen"; names without Latin letters -> "processor". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    // NFKD splits "é" into "e" and a combining accent; dropping the marks keeps the letter.
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 60)
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'processor' : slug;
}

export type NewProcessor = { name: string; slug?: string | undefined; organisation_id?: string | undefined };

export type ProcessorService = {
  /**
   * Throws SLUG_TAKEN when an explicit slug is in use (a derived slug gets a numeric suffix) and
   * NOT_FOUND for an unknown organisation.
   */
  create(input: NewProcessor, actor: Actor): Promise<ProcessorRecord>;
  /** Every processor, or those of the visible organisations. */
  list(visible?: Visibility): Promise<ProcessorRecord[]>;
  /** By id (uuid) or slug; throws NOT_FOUND. */
  get(ref: string): Promise<ProcessorRecord>;
};

/** Finds a processor by id or slug, or throws NOT_FOUND: shared by the services that nest under one. */
export async function requireProcessor(store: ProcessorStore, ref: string): Promise<ProcessorRecord> {
  const found = isUuid(ref) ? await store.findById(ref.toLowerCase()) : await store.findBySlug(ref);
  if (!found) throw new PisaError('NOT_FOUND', { what: `processor "${ref}"` });
  return found;
}

export type ProcessorDeps = {
  readonly processors: ProcessorStore;
  readonly organisations: Pick<OrganisationStore, 'findById'>;
  readonly audit: Pick<AuditService, 'record'>;
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
};

export function createProcessorService(deps: ProcessorDeps): ProcessorService {
  const { processors, clock } = deps;
  const insert = async ({ name, slug, organisation_id }: NewProcessor): Promise<ProcessorRecord> => {
    const createdAt = clock.now();
    const organisationId = organisation_id ?? null;
    if (organisationId !== null && !(await deps.organisations.findById(organisationId)))
      throw new PisaError('NOT_FOUND', { what: `organisation "${organisationId}"` });
    if (slug !== undefined) {
      const created = await processors.create({ slug, name, organisationId, createdAt });
      if (!created) throw new PisaError('SLUG_TAKEN', { slug });
      return created;
    }
    const base = slugify(name);
    for (let n = 1; n <= MAX_SUFFIX; n += 1) {
      const candidate = n === 1 ? base : `${base.slice(0, 60)}-${n}`;
      const created = await processors.create({ slug: candidate, name, organisationId, createdAt });
      if (created) return created;
    }
    throw new PisaError('SLUG_TAKEN', { slug: base });
  };
  return {
    create: (input, actor) =>
      deps.unitOfWork.run(async () => {
        const created = await insert(input);
        await deps.audit.record(actor, 'processor.create', { type: 'processor', id: created.id }, null, created);
        return created;
      }),
    list: (visible) => processors.list(visible === undefined || visible.all ? {} : { organisationIds: visible.organisations }),
    get: (ref) => requireProcessor(processors, ref),
  };
}
