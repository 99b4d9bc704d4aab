import { describe, expect, it } from 'vitest';
import { matchRoute } from './match-route';

describe('matchRoute', () => {
  it('opens the rules catalogue at / and /public', () => {
    expect(matchRoute('/')).toEqual({ portal: 'public', page: 'rules' });
    expect(matchRoute('/public/')).toEqual({ portal: 'public', page: 'rules' });
  });

  it('finds the public pages and the other portals', () => {
    expect(matchRoute('/public/check')).toEqual({ portal: 'public', page: 'check' });
    expect(matchRoute('/public/comparison/')).toEqual({ portal: 'public', page: 'comparison' });
    expect(matchRoute('/association')).toEqual({ portal: 'association' });
  });

  it('finds the scans pages of the processor and Association portals', () => {
    expect(matchRoute('/processor/scans')).toEqual({ portal: 'processor', page: 'scans' });
    expect(matchRoute('/association/scans/')).toEqual({ portal: 'association', page: 'scans' });
    expect(matchRoute('/individual/scans')).toEqual({ portal: null });
  });

  it('finds the account pages', () => {
    expect(matchRoute('/sign-in')).toEqual({ portal: 'account', page: 'sign-in' });
    expect(matchRoute('/register/')).toEqual({ portal: 'account', page: 'register' });
    expect(matchRoute('/account')).toEqual({ portal: 'account', page: 'settings' });
    expect(matchRoute('/forgot-password')).toEqual({ portal: 'account', page: 'forgot-password' });
    expect(matchRoute('/reset-password')).toEqual({ portal: 'account', page: 'reset-password' });
  });

  it('finds the consent pages: the public receipt page and log, my consents and receipts, the processor notices and consents', () => {
    expect(matchRoute('/receipts')).toEqual({ portal: 'public', page: 'receipts' });
    expect(matchRoute('/public/log')).toEqual({ portal: 'public', page: 'log' });
    expect(matchRoute('/individual')).toEqual({ portal: 'individual' });
    expect(matchRoute('/individual/receipts/')).toEqual({ portal: 'individual', page: 'receipts' });
    expect(matchRoute('/processor/notices')).toEqual({ portal: 'processor', page: 'notices' });
    expect(matchRoute('/processor/consents')).toEqual({ portal: 'processor', page: 'consents' });
    expect(matchRoute('/processor/may-i-process')).toEqual({ portal: 'processor', page: 'check' });
    expect(matchRoute('/association/notices')).toEqual({ portal: null });
  });

  it('reports unknown paths', () => {
    expect(matchRoute('/nope')).toEqual({ portal: null });
  });
});
