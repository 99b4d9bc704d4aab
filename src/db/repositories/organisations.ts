import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { Role } from '../../core/auth/roles.js';
import type {
  InvitationRecord,
  InvitationStore,
  MembershipRecord,
  MembershipStore,
  OrganisationRecord,
  OrganisationStore,
} from '../../services/identity-ports.js';
import type { PisaDb } from '../client.js';
import { invitations, memberships, organisations } from '../schema/organisations.js';

const toOrganisation = (row: typeof organisations.$inferSelect): OrganisationRecord => ({
  id: row.id,
  slug: row.slug,
  name: row.name,
  created_at: row.created_at.toISOString(),
});

const toMembership = (row: typeof memberships.$inferSelect): MembershipRecord => ({
  id: row.id,
  account_id: row.account_id,
  role: row.role as Role,
  organisation_id: row.organisation_id,
  created_at: row.created_at.toISOString(),
});

const toInvitation = (row: typeof invitations.$inferSelect): InvitationRecord => ({
  id: row.id,
  role: row.role as Role,
  organisation_id: row.organisation_id,
  identifier_index: row.identifier_index,
  created_by: row.created_by,
  expires_at: row.expires_at.toISOString(),
  accepted_at: row.accepted_at?.toISOString() ?? null,
});

export function createOrganisationStore(db: PisaDb): OrganisationStore {
  return {
    async create({ slug, name, createdAt }) {
      const rows = await db.insert(organisations).values({ slug, name, created_at: createdAt }).onConflictDoNothing({ target: organisations.slug }).returning();
      return rows[0] ? toOrganisation(rows[0]) : null;
    },
    async findById(id) {
      const rows = await db.select().from(organisations).where(eq(organisations.id, id));
      return rows[0] ? toOrganisation(rows[0]) : null;
    },
    async findBySlug(slug) {
      const rows = await db.select().from(organisations).where(eq(organisations.slug, slug));
      return rows[0] ? toOrganisation(rows[0]) : null;
    },
    async list(ids) {
      if (ids !== undefined && ids.length === 0) return [];
      const query = db.select().from(organisations);
      const rows = await (ids === undefined ? query : query.where(inArray(organisations.id, [...ids]))).orderBy(asc(organisations.slug));
      return rows.map(toOrganisation);
    },
  };
}

export function createMembershipStore(db: PisaDb): MembershipStore {
  const sameMembership = (accountId: string, role: Role, organisationId: string | null) =>
    and(
      eq(memberships.account_id, accountId),
      eq(memberships.role, role),
      organisationId === null ? isNull(memberships.organisation_id) : eq(memberships.organisation_id, organisationId),
    );
  return {
    async add({ accountId, role, organisationId, createdAt }) {
      const inserted = await db
        .insert(memberships)
        .values({ account_id: accountId, role, organisation_id: organisationId, created_at: createdAt })
        .onConflictDoNothing()
        .returning();
      const row =
        inserted[0] ??
        (
          await db
            .select()
            .from(memberships)
            .where(sameMembership(accountId, role, organisationId))
        )[0];
      if (!row) throw new Error('membership neither inserted nor found');
      return toMembership(row);
    },
    async listForAccount(accountId) {
      const rows = await db.select().from(memberships).where(eq(memberships.account_id, accountId)).orderBy(asc(memberships.created_at), asc(memberships.id));
      return rows.map(toMembership);
    },
    async listForOrganisation(organisationId) {
      const rows = await db
        .select()
        .from(memberships)
        .where(eq(memberships.organisation_id, organisationId))
        .orderBy(asc(memberships.created_at), asc(memberships.id));
      return rows.map(toMembership);
    },
    async findById(id) {
      const rows = await db.select().from(memberships).where(eq(memberships.id, id));
      return rows[0] ? toMembership(rows[0]) : null;
    },
    remove(id) {
      return db.transaction(async (tx) => {
        const found = (await tx.select().from(memberships).where(eq(memberships.id, id)).for('update'))[0];
        if (!found) return 'missing' as const;
        if (found.role === 'owner' && found.organisation_id !== null) {
          // Lock the organisation's owner rows so two concurrent removals cannot leave none.
          const owners = await tx
            .select({ id: memberships.id })
            .from(memberships)
            .where(and(eq(memberships.organisation_id, found.organisation_id), eq(memberships.role, 'owner')))
            .for('update');
          if (owners.length <= 1) return 'last_owner' as const;
        }
        await tx.delete(memberships).where(eq(memberships.id, id));
        return 'removed' as const;
      });
    },
  };
}

export function createInvitationStore(db: PisaDb): InvitationStore {
  return {
    async create(input) {
      const rows = await db
        .insert(invitations)
        .values({
          token_hash: input.tokenHash,
          role: input.role,
          organisation_id: input.organisationId,
          identifier_index: input.identifierIndex,
          created_by: input.createdBy,
          created_at: input.createdAt,
          expires_at: input.expiresAt,
        })
        .returning();
      const row = rows[0];
      if (!row) throw new Error('INSERT ... RETURNING gave no row');
      return toInvitation(row);
    },
    async findByTokenHash(tokenHash) {
      const rows = await db.select().from(invitations).where(eq(invitations.token_hash, tokenHash));
      return rows[0] ? toInvitation(rows[0]) : null;
    },
    async accept(id, accountId, at) {
      const rows = await db
        .update(invitations)
        .set({ accepted_by: accountId, accepted_at: at })
        .where(and(eq(invitations.id, id), isNull(invitations.accepted_at)))
        .returning({ id: invitations.id });
      return rows.length === 1;
    },
  };
}
