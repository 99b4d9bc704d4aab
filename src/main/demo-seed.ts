import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Role } from '../core/auth/roles.js';
import { sha256Hex } from '../core/crypto/hashing.js';
import { createPasswordHasher } from '../core/crypto/password-hash.js';
import { totpUri } from '../core/crypto/totp.js';
import type { Stores } from '../db/stores.js';
import type { AppServices } from '../http/app.js';
import { packageRoot } from '../io/package-root.js';
import { systemActor } from '../services/audit.js';
import { FIELD_CONTEXT, type FieldProtector } from '../services/field-protector.js';

/** The password of every demo account (documented in README; demo data only). */
export const DEMO_PASSWORD = 'pisa-demo-passphrase';

/**
 * The TOTP secret of every demo staff account (base32): add it to an authenticator app by hand
 * or from the otpauth:// URI printed at start. Public by design: demo accounts are not secure.
 */
export const DEMO_TOTP_SECRET = 'PISADEMOPISADEMOPISADEMOPISADEMO';

type DemoAccount = {
  readonly email?: string;
  readonly phone?: string;
  readonly name: string;
  readonly roles: readonly { role: Role; organisation?: 'shop' | 'rides' }[];
  readonly totp: boolean;
};

/** One account per role; two organisations, so tenant isolation can be tried by hand. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@pisa.demo', name: 'Demo Admin', roles: [{ role: 'admin' }], totp: true },
  { email: 'auditor@pisa.demo', name: 'Demo Auditor', roles: [{ role: 'auditor' }], totp: true },
  { email: 'case-officer@pisa.demo', name: 'Demo Case Officer', roles: [{ role: 'case_officer' }], totp: true },
  { email: 'certification@pisa.demo', name: 'Demo Certification Officer', roles: [{ role: 'certification_officer' }], totp: true },
  { email: 'regulator@pisa.demo', name: 'Demo Regulator', roles: [{ role: 'regulator' }], totp: true },
  { email: 'owner@shop.demo', name: 'Shop Owner', roles: [{ role: 'owner', organisation: 'shop' }], totp: false },
  { email: 'privacy@shop.demo', name: 'Shop Privacy Officer', roles: [{ role: 'privacy_officer', organisation: 'shop' }], totp: false },
  { email: 'staff@shop.demo', name: 'Shop Staff', roles: [{ role: 'staff', organisation: 'shop' }], totp: false },
  { email: 'owner@rides.demo', name: 'Rides Owner', roles: [{ role: 'owner', organisation: 'rides' }], totp: false },
  { email: 'person@pisa.demo', name: 'Demo Person', roles: [], totp: false },
  { phone: '+8613800138000', name: '示例用户', roles: [], totp: false },
];

const ORGANISATIONS = {
  shop: { name: 'Demo Shop Group', slug: 'demo-shop', processors: ['shopping', 'kids-learning'] },
  rides: { name: 'Demo Rides Group', slug: 'demo-rides', processors: ['ride-hailing', 'quiet-notes'] },
} as const;

export type DemoDeps = { readonly services: AppServices; readonly stores: Stores; readonly protector: FieldProtector };

export type DemoSeed = { readonly processors: number; readonly accounts: number };

/**
 * The demo shop's publishable widget key (scope consent:collect only): public by design, like every
 * key embedded in a web page; /demo/shop uses it. A real processor creates its own in the console.
 */
export const DEMO_WIDGET_KEY = 'pisa_demo-widget-key-for-the-sample-shop-0000000';

/** What each demo processor's notice says about it beyond its declaration. */
const demoNoticeContext = (slug: string, name: string) => ({
  legal_name: `${name} (demo)`,
  address: 'Demo Road 1, Pudong, Shanghai',
  email: `privacy@${slug}.demo`,
  phone: '400-000-0000',
  rights_url: `https://${slug}.demo/privacy/rights`,
  withdraw_url: `https://${slug}.demo/privacy/withdraw`,
});

/**
 * Demo data for `pisa serve --demo`: two organisations, each declaration in examples/demo as a
 * processor of one of them with a declaration version and an evaluation, and one account per
 * role. Runs only on an empty database, so restarting keeps what users changed.
 */
export async function seedDemo({ services, stores, protector }: DemoDeps): Promise<DemoSeed> {
  if ((await services.processors.list()).length > 0) return { processors: 0, accounts: 0 };
  const actor = systemActor();
  const organisationIds: Record<string, string> = {};
  for (const [key, org] of Object.entries(ORGANISATIONS))
    organisationIds[key] = (await services.organisations.create({ name: org.name, slug: org.slug }, actor)).id;

  const dir = join(packageRoot(), 'examples/demo');
  const files = (await readdir(dir)).filter((f) => f.endsWith('.yaml')).sort();
  for (const file of files) {
    const source = await readFile(join(dir, file), 'utf8');
    const slug = basename(file, '.yaml');
    const name = /^\s*name:\s*(.+)$/m.exec(source)?.[1]?.trim() ?? slug;
    const owner = Object.entries(ORGANISATIONS).find(([, org]) => (org.processors as readonly string[]).includes(slug))?.[0];
    const processor = await services.processors.create({ name, slug, ...(owner ? { organisation_id: organisationIds[owner] } : {}) }, actor);
    const imported = await services.declarations.importText(processor.id, { source, format: 'yaml' }, actor);
    if (!imported.ok) throw new Error(`demo declaration ${file} is invalid: ${JSON.stringify(imported.issues[0])}`);
    await services.evaluations.evaluate(processor.id, {}, actor);
    await services.notices.publish(actor, processor.id, demoNoticeContext(slug, name));
  }
  const shop = organisationIds['shop'];
  if (shop !== undefined) {
    await stores.apiKeys.create({
      organisationId: shop,
      name: 'Sample shop widget (demo)',
      prefix: DEMO_WIDGET_KEY.slice(0, 12),
      keyHash: sha256Hex(DEMO_WIDGET_KEY),
      scopes: ['consent:collect'],
      createdBy: null,
      createdAt: new Date(),
    });
  }

  const hasher = createPasswordHasher();
  const passwordHash = await hasher.hash(DEMO_PASSWORD);
  const now = new Date();
  let accounts = 0;
  for (const demo of DEMO_ACCOUNTS) {
    const id = randomUUID();
    const created = await stores.accounts.create({
      id,
      email_index: demo.email ? protector.index('email', demo.email) : null,
      email_enc: demo.email ? protector.encrypt(demo.email, FIELD_CONTEXT.accountEmail(id)) : null,
      phone_index: demo.phone ? protector.index('phone', demo.phone) : null,
      phone_enc: demo.phone ? protector.encrypt(demo.phone, FIELD_CONTEXT.accountPhone(id)) : null,
      name_enc: protector.encrypt(demo.name, FIELD_CONTEXT.accountName(id)),
      password_hash: passwordHash,
      status: 'active',
      createdAt: now,
      verifiedAt: now,
    });
    if (!created) continue;
    accounts += 1;
    if (demo.totp)
      await stores.accounts.update(id, { totp_secret_enc: protector.encrypt(DEMO_TOTP_SECRET, FIELD_CONTEXT.accountTotp(id)), totp_enabled_at: now });
    for (const { role, organisation } of demo.roles) {
      // The membership and its audit entry commit together, like every audited change.
      await stores.unitOfWork.run(async () => {
        const membership = await stores.memberships.add({
          accountId: id,
          role,
          organisationId: organisation ? (organisationIds[organisation] ?? null) : null,
          createdAt: now,
        });
        await services.audit.record(actor, 'membership.create', { type: 'membership', id: membership.id });
      });
    }
  }
  return { processors: files.length, accounts };
}

/** The lines `pisa serve --demo` prints: every demo account, the password, the TOTP secret. */
export function describeDemoAccounts(): string {
  const rows = DEMO_ACCOUNTS.map((a) => {
    const roles = a.roles.map((r) => (r.organisation ? `${r.role} @ ${ORGANISATIONS[r.organisation].slug}` : r.role)).join(', ') || 'individual';
    return `  ${(a.email ?? a.phone ?? '').padEnd(26)} ${roles}${a.totp ? '  (TOTP)' : ''}`;
  });
  return [
    `Demo accounts (password for all: ${DEMO_PASSWORD}):`,
    ...rows,
    `Demo TOTP secret for the staff accounts: ${DEMO_TOTP_SECRET}`,
    `  (${totpUri(DEMO_TOTP_SECRET, 'admin@pisa.demo', 'PISA demo')})`,
    'Demo accounts are for trying PISA only: never run --demo where real data is kept.',
  ].join('\n');
}

/**
 * The demo datasets (examples/datasets/<processor slug>/: synthetic customers and events with
 * generated identifiers) copied into the datasets root, so a demo scan has something to read.
 * A processor folder that exists already is left as it is.
 */
export async function seedDemoDatasets(datasetsDir: string): Promise<string[]> {
  const source = join(packageRoot(), 'examples/datasets');
  const copied: string[] = [];
  for (const slug of (await readdir(source)).sort()) {
    const target = join(datasetsDir, slug);
    if (existsSync(target)) continue;
    await cp(join(source, slug), target, { recursive: true });
    copied.push(slug);
  }
  return copied;
}
