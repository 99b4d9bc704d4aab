import { maskIdentifier } from '../core/auth/identifiers.js';
import type { Visibility } from '../core/auth/policy.js';
import { isOrganisationRole, type Role } from '../core/auth/roles.js';
import { sha256Hex } from '../core/crypto/hashing.js';
import { randomToken } from '../core/crypto/tokens.js';
import { PisaError } from '../core/errors/pisa-error.js';
import type { Actor, AuditService } from './audit.js';
import { FIELD_CONTEXT, type FieldProtector } from './field-protector.js';
import { contactOf, type IdentifierInput, indexesOf, indexOf, requireIdentifier } from './identifiers.js';
import type { AccountStore, InvitationStore, MembershipRecord, MembershipStore, OrganisationRecord, OrganisationStore } from './identity-ports.js';
import { isUuid } from './ids.js';
import type { Outbox } from './outbox.js';
import type { Clock, ProcessorRecord, ProcessorStore } from './ports.js';
import { requireProcessor, slugify } from './processors.js';
import type { UnitOfWork } from './unit-of-work.js';

const INVITATION_TTL_MS = 7 * 24 * 3600 * 1000;
const MAX_SUFFIX = 50;

/** A member as an organisation's owners see them: name and a masked contact, no more (data minimisation). */
export type MemberView = {
  readonly membership_id: string;
  readonly account_id: string;
  readonly role: Role;
  readonly name: string | null;
  readonly contact: string | null;
  readonly created_at: string;
};

export type OrganisationService = {
  /** Creates an organisation; an account creating it becomes its owner. Throws ORGANISATION_SLUG_TAKEN. */
  create(input: { name: string; slug?: string | undefined }, actor: Actor): Promise<OrganisationRecord>;
  list(visible: Visibility): Promise<OrganisationRecord[]>;
  /** By id or slug; throws NOT_FOUND. */
  get(ref: string): Promise<OrganisationRecord>;
  members(ref: string): Promise<MemberView[]>;
  /**
   * Invites an email address or mobile number to a role: in an organisation (organisation roles)
   * or on the Association's side (organisation null: staff and regulator roles). The token goes
   * only to that address; the answer is the same whether or not it has an account.
   */
  invite(ref: string | null, input: IdentifierInput & { role: Role }, actor: Actor): Promise<{ invitation_id: string; expires_at: string }>;
  /** Accepted by the signed-in account whose verified identifier the invitation was sent to. */
  acceptInvitation(token: string, accountId: string, actor: Actor): Promise<MembershipRecord>;
  removeMembership(id: string, actor: Actor): Promise<void>;
  /** Links a processor to an organisation (or unlinks it with null). */
  linkProcessor(processorRef: string, organisationRef: string | null, actor: Actor): Promise<ProcessorRecord>;
};

export type OrganisationDeps = {
  readonly organisations: OrganisationStore;
  readonly memberships: MembershipStore;
  readonly invitations: InvitationStore;
  readonly accounts: AccountStore;
  readonly processors: ProcessorStore;
  readonly protector: FieldProtector;
  readonly outbox: Outbox;
  readonly audit: AuditService;
  readonly unitOfWork: UnitOfWork;
  readonly clock: Clock;
};

const membershipState = (m: MembershipRecord) => ({ id: m.id, account_id: m.account_id, role: m.role, organisation_id: m.organisation_id });

export async function requireOrganisation(store: OrganisationStore, ref: string): Promise<OrganisationRecord> {
  const found = isUuid(ref) ? await store.findById(ref.toLowerCase()) : await store.findBySlug(ref);
  if (!found) throw new PisaError('NOT_FOUND', { what: `organisation "${ref}"` });
  return found;
}

export function createOrganisationService(deps: OrganisationDeps): OrganisationService {
  const { organisations, memberships, invitations, accounts, protector, outbox, audit, clock, unitOfWork } = deps;

  const createWithSlug = async (name: string, slug: string | undefined) => {
    const createdAt = clock.now();
    if (slug !== undefined) return (await organisations.create({ slug, name, createdAt })) ?? new PisaError('ORGANISATION_SLUG_TAKEN', { slug });
    const base = slugify(name);
    for (let n = 1; n <= MAX_SUFFIX; n += 1) {
      const created = await organisations.create({ slug: n === 1 ? base : `${base.slice(0, 60)}-${n}`, name, createdAt });
      if (created) return created;
    }
    return new PisaError('ORGANISATION_SLUG_TAKEN', { slug: base });
  };

  return {
    create: ({ name, slug }, actor) =>
      unitOfWork.run(async () => {
        const created = await createWithSlug(name, slug);
        if (created instanceof PisaError) throw created;
        const owner =
          actor.type === 'account' && actor.id !== null
            ? await memberships.add({ accountId: actor.id, role: 'owner', organisationId: created.id, createdAt: clock.now() })
            : null;
        await audit.record(actor, 'organisation.create', { type: 'organisation', id: created.id }, null, created);
        if (owner) await audit.record(actor, 'membership.create', { type: 'membership', id: owner.id }, null, membershipState(owner));
        return created;
      }),

    list: (visible) => organisations.list(visible.all ? undefined : visible.organisations),

    get: (ref) => requireOrganisation(organisations, ref),

    async members(ref) {
      const organisation = await requireOrganisation(organisations, ref);
      const list = await memberships.listForOrganisation(organisation.id);
      return Promise.all(
        list.map(async (m) => {
          const account = await accounts.findById(m.account_id);
          const email = account?.email_enc ? protector.decrypt(account.email_enc, FIELD_CONTEXT.accountEmail(m.account_id)) : null;
          const phone = account?.phone_enc ? protector.decrypt(account.phone_enc, FIELD_CONTEXT.accountPhone(m.account_id)) : null;
          return {
            membership_id: m.id,
            account_id: m.account_id,
            role: m.role,
            name: account?.name_enc ? protector.decrypt(account.name_enc, FIELD_CONTEXT.accountName(m.account_id)) : null,
            contact: email ? maskIdentifier({ kind: 'email', value: email }) : phone ? maskIdentifier({ kind: 'phone', value: phone }) : null,
            created_at: m.created_at,
          };
        }),
      );
    },

    async invite(ref, input, actor) {
      const organisation = ref === null ? null : await requireOrganisation(organisations, ref);
      if ((organisation !== null) !== isOrganisationRole(input.role)) {
        const allowed = organisation ? 'owner, privacy_officer, staff' : 'auditor, case_officer, certification_officer, admin, regulator';
        throw new PisaError(
          'REQUEST_INVALID',
          { detail: 'role' },
          { issues: [{ code: 'VALUE_INVALID', path: ['role'], params: { value: input.role, allowed, suggestion: '' } }] },
        );
      }
      const identifier = requireIdentifier(input);
      const token = randomToken(32);
      const now = clock.now();
      return unitOfWork.run(async () => {
        const invitation = await invitations.create({
          tokenHash: sha256Hex(token),
          role: input.role,
          organisationId: organisation?.id ?? null,
          identifierIndex: indexOf(protector, identifier),
          createdBy: actor.type === 'account' ? actor.id : null,
          createdAt: now,
          expiresAt: new Date(now.getTime() + INVITATION_TTL_MS),
        });
        await outbox.enqueue(identifier.kind === 'email' ? 'email' : 'sms', identifier.value, 'invitation', {
          token,
          role: input.role,
          organisation: organisation?.name ?? 'PISA',
        });
        await audit.record(actor, 'invitation.create', { type: 'invitation', id: invitation.id }, null, {
          id: invitation.id,
          role: invitation.role,
          organisation_id: invitation.organisation_id,
        });
        return { invitation_id: invitation.id, expires_at: invitation.expires_at };
      });
    },

    async acceptInvitation(token, accountId, actor) {
      const invalid = new PisaError('INVITATION_INVALID');
      if (!/^[A-Za-z0-9_-]{43}$/.test(token)) throw invalid;
      const invitation = await invitations.findByTokenHash(sha256Hex(token));
      const account = await accounts.findById(accountId);
      if (!invitation || !account || invitation.accepted_at !== null || Date.parse(invitation.expires_at) <= clock.now().getTime()) throw invalid;
      // Only the holder of the invited identifier (verified when the account was confirmed) may
      // accept; compared under every index key, so invitations sent before a rotation still work.
      const contact = account.status === 'active' ? contactOf(protector, account) : null;
      if (!contact || !indexesOf(protector, contact).includes(invitation.identifier_index)) throw invalid;
      return unitOfWork.run(async () => {
        if (!(await invitations.accept(invitation.id, accountId, clock.now()))) throw invalid;
        const membership = await memberships.add({ accountId, role: invitation.role, organisationId: invitation.organisation_id, createdAt: clock.now() });
        await audit.record(actor, 'membership.create', { type: 'membership', id: membership.id }, null, membershipState(membership));
        return membership;
      });
    },

    async removeMembership(id, actor) {
      const found = await memberships.findById(id);
      if (!found) throw new PisaError('NOT_FOUND', { what: `membership "${id}"` });
      await unitOfWork.run(async () => {
        const outcome = await memberships.remove(id);
        if (outcome === 'missing') throw new PisaError('NOT_FOUND', { what: `membership "${id}"` });
        if (outcome === 'last_owner') throw new PisaError('LAST_OWNER');
        await audit.record(actor, 'membership.delete', { type: 'membership', id }, membershipState(found), null);
      });
    },

    async linkProcessor(processorRef, organisationRef, actor) {
      const processor = await requireProcessor(deps.processors, processorRef);
      const organisation = organisationRef === null ? null : await requireOrganisation(organisations, organisationRef);
      return unitOfWork.run(async () => {
        const linked = await deps.processors.setOrganisation(processor.id, organisation?.id ?? null);
        if (!linked) throw new PisaError('NOT_FOUND', { what: `processor "${processorRef}"` });
        await audit.record(actor, 'processor.link', { type: 'processor', id: processor.id }, processor, linked);
        return linked;
      });
    },
  };
}
