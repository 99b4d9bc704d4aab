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

  it('finds the account pages', () => {
    expect(matchRoute('/sign-in')).toEqual({ portal: 'account', page: 'sign-in' });
    expect(matchRoute('/register/')).toEqual({ portal: 'account', page: 'register' });
  });

  it('reports unknown paths', () => {
    expect(matchRoute('/nope')).toEqual({ portal: null });
  });
});
