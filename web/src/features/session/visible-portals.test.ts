import { describe, expect, it } from 'vitest';
import { visiblePortals } from './visible-portals';

describe('visiblePortals', () => {
  it('shows only the public portal to visitors', () => {
    expect(visiblePortals(null)).toEqual(['public']);
  });

  it('adds the individual portal for anyone signed in, and the others by role', () => {
    expect(visiblePortals([])).toEqual(['public', 'individual']);
    expect(visiblePortals([{ id: '1', role: 'staff', organisation_id: 'o' }])).toEqual(['public', 'individual', 'processor']);
    expect(visiblePortals([{ id: '1', role: 'regulator', organisation_id: null }])).toEqual(['public', 'individual', 'association']);
    expect(
      visiblePortals([
        { id: '1', role: 'owner', organisation_id: 'o' },
        { id: '2', role: 'admin', organisation_id: null },
      ]),
    ).toEqual(['public', 'individual', 'processor', 'association']);
  });
});
