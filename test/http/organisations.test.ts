import { describe, expect, it } from 'vitest';
import { createTestAccount, expectError, type SessionHeaders, setupTestContext, signIn } from './helper.js';

const ctx = setupTestContext();
const raw = () => ctx().raw;

async function person(email?: string): Promise<{ id: string; email: string; session: SessionHeaders }> {
  const account = await createTestAccount(ctx(), email ? { email } : {});
  return { id: account.id, email: account.email ?? '', session: await signIn(raw(), account.email ?? '') };
}

async function invitationTokenFor(to: string): Promise<string> {
  await ctx().outbox.drain();
  const message = [...ctx().sent].reverse().find((m) => m.to === to && m.template === 'invitation');
  if (!message?.params['token']) throw new Error(`no invitation sent to ${to}`);
  return message.params['token'];
}

describe('organisations', () => {
  it('are founded by a signed-in person, who becomes the owner', async () => {
    const founder = await person();
    const created = await raw().inject({ method: 'POST', url: '/api/organisations', headers: founder.session, payload: { name: 'Acme Data Ltd.' } });
    expect(created.statusCode).toBe(201);
    expect(created.json()).toMatchObject({ slug: 'acme-data-ltd', name: 'Acme Data Ltd.' });
    const profile = (await raw().inject({ method: 'GET', url: '/api/me', headers: founder.session })).json();
    expect(profile.memberships).toEqual([{ id: expect.any(String), role: 'owner', organisation_id: created.json().id }]);
    expectError(
      await raw().inject({ method: 'POST', url: '/api/organisations', headers: founder.session, payload: { name: 'Again', slug: 'acme-data-ltd' } }),
      409,
      'ORGANISATION_SLUG_TAKEN',
    );
  });

  it('take members by invitation: only the invited identifier may accept, once', async () => {
    const owner = await person();
    const org = (await raw().inject({ method: 'POST', url: '/api/organisations', headers: owner.session, payload: { name: 'Invite Co.' } })).json();
    const invitee = await person('invitee@example.com');
    const stranger = await person();
    const invited = await raw().inject({
      method: 'POST',
      url: `/api/organisations/${org.slug}/invitations`,
      headers: owner.session,
      payload: { email: 'Invitee@Example.com', role: 'privacy_officer' },
    });
    expect(invited.statusCode).toBe(202);
    const token = await invitationTokenFor('invitee@example.com');
    const accept = (session: SessionHeaders) => raw().inject({ method: 'POST', url: '/api/invitations/accept', headers: session, payload: { token } });
    expectError(await accept(stranger.session), 400, 'INVITATION_INVALID');
    const accepted = await accept(invitee.session);
    expect(accepted.json()).toMatchObject({ role: 'privacy_officer', organisation_id: org.id });
    expectError(await accept(invitee.session), 400, 'INVITATION_INVALID');

    // The new member's next request carries the role.
    const members = await raw().inject({ method: 'GET', url: `/api/organisations/${org.id}/members`, headers: invitee.session });
    expect(
      members
        .json()
        .members.map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual(['owner', 'privacy_officer']);
  });

  it('invite only to organisation roles; staff roles come from admins through the Association', async () => {
    const owner = await person();
    const org = (await raw().inject({ method: 'POST', url: '/api/organisations', headers: owner.session, payload: { name: 'Role Co.' } })).json();
    const body = expectError(
      await raw().inject({
        method: 'POST',
        url: `/api/organisations/${org.id}/invitations`,
        headers: owner.session,
        payload: { email: 'x@example.com', role: 'admin' },
      }),
      400,
      'REQUEST_INVALID',
    );
    expect(body.issues[0]?.at).toBe('role');
    expectError(
      await raw().inject({ method: 'POST', url: '/api/association/invitations', headers: owner.session, payload: { email: 'x@example.com', role: 'auditor' } }),
      403,
      'FORBIDDEN',
    );
    const future = await person('future.auditor@example.com');
    expect(
      (await ctx().app.inject({ method: 'POST', url: '/api/association/invitations', payload: { email: future.email, role: 'auditor' } })).statusCode,
    ).toBe(202);
    const accepted = await raw().inject({
      method: 'POST',
      url: '/api/invitations/accept',
      headers: future.session,
      payload: { token: await invitationTokenFor(future.email) },
    });
    expect(accepted.json()).toMatchObject({ role: 'auditor', organisation_id: null });
  });

  it('keep at least one owner; owners remove other members', async () => {
    const owner = await person();
    const org = (await raw().inject({ method: 'POST', url: '/api/organisations', headers: owner.session, payload: { name: 'Owner Co.' } })).json();
    const members = (await raw().inject({ method: 'GET', url: `/api/organisations/${org.id}/members`, headers: owner.session })).json().members;
    const own = members[0].membership_id;
    expectError(await raw().inject({ method: 'DELETE', url: `/api/memberships/${own}`, headers: owner.session }), 409, 'LAST_OWNER');
    const staff = await person('staffer@example.com');
    await raw().inject({
      method: 'POST',
      url: `/api/organisations/${org.id}/invitations`,
      headers: owner.session,
      payload: { email: staff.email, role: 'staff' },
    });
    const joined = (
      await raw().inject({ method: 'POST', url: '/api/invitations/accept', headers: staff.session, payload: { token: await invitationTokenFor(staff.email) } })
    ).json();
    expectError(await raw().inject({ method: 'DELETE', url: `/api/memberships/${own}`, headers: staff.session }), 403, 'FORBIDDEN');
    expect((await raw().inject({ method: 'DELETE', url: `/api/memberships/${joined.id}`, headers: owner.session })).statusCode).toBe(204);
    expectError(await raw().inject({ method: 'GET', url: `/api/organisations/${org.id}`, headers: staff.session }), 403, 'FORBIDDEN');
  });

  it('are linked to existing processors by admins', async () => {
    const owner = await person();
    const org = (await raw().inject({ method: 'POST', url: '/api/organisations', headers: owner.session, payload: { name: 'Link Co.' } })).json();
    const processor = (await ctx().app.inject({ method: 'POST', url: '/api/processors', payload: { name: 'Linked processor' } })).json();
    expect(processor.organisation_id).toBeNull();
    expectError(await raw().inject({ method: 'GET', url: `/api/processors/${processor.id}`, headers: owner.session }), 404, 'NOT_FOUND');
    const linked = await ctx().app.inject({ method: 'PUT', url: `/api/processors/${processor.id}/organisation`, payload: { organisation_id: org.id } });
    expect(linked.json().organisation_id).toBe(org.id);
    expect((await raw().inject({ method: 'GET', url: `/api/processors/${processor.id}`, headers: owner.session })).statusCode).toBe(200);
    // Moved to another organisation: the old owner loses it at once (the owner lookup is cached, and the move clears it).
    const other = await person();
    const otherOrg = (await raw().inject({ method: 'POST', url: '/api/organisations', headers: other.session, payload: { name: 'Other Co.' } })).json();
    await ctx().app.inject({ method: 'PUT', url: `/api/processors/${processor.id}/organisation`, payload: { organisation_id: otherOrg.id } });
    expectError(await raw().inject({ method: 'GET', url: `/api/processors/${processor.id}`, headers: owner.session }), 404, 'NOT_FOUND');
    expect((await raw().inject({ method: 'GET', url: `/api/processors/${processor.id}`, headers: other.session })).statusCode).toBe(200);
  });
});
