import { PisaError } from '../core/errors/pisa-error.js';
import { isUuid } from './ids.js';
import type { Clock, ProcessorRecord, ProcessorStore } from './ports.js';

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

export type ProcessorService = {
  /** Throws SLUG_TAKEN when an explicit slug is in use; a derived slug gets a numeric suffix. */
  create(input: { name: string; slug?: string | undefined }): Promise<ProcessorRecord>;
  list(): Promise<ProcessorRecord[]>;
  /** By id (uuid) or slug; throws NOT_FOUND. */
  get(ref: string): Promise<ProcessorRecord>;
};

/** Finds a processor by id or slug, or throws NOT_FOUND: shared by the services that nest under one. */
export async function requireProcessor(store: ProcessorStore, ref: string): Promise<ProcessorRecord> {
  const found = isUuid(ref) ? await store.findById(ref.toLowerCase()) : await store.findBySlug(ref);
  if (!found) throw new PisaError('NOT_FOUND', { what: `processor "${ref}"` });
  return found;
}

export function createProcessorService(deps: { processors: ProcessorStore; clock: Clock }): ProcessorService {
  const { processors, clock } = deps;
  return {
    async create({ name, slug }) {
      const createdAt = clock.now();
      if (slug !== undefined) {
        const created = await processors.create({ slug, name, createdAt });
        if (!created) throw new PisaError('SLUG_TAKEN', { slug });
        return created;
      }
      const base = slugify(name);
      for (let n = 1; n <= MAX_SUFFIX; n += 1) {
        const candidate = n === 1 ? base : `${base.slice(0, 60)}-${n}`;
        const created = await processors.create({ slug: candidate, name, createdAt });
        if (created) return created;
      }
      throw new PisaError('SLUG_TAKEN', { slug: base });
    },
    list: () => processors.list(),
    get: (ref) => requireProcessor(processors, ref),
  };
}
