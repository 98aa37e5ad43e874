import { describe, expect, it } from 'vitest';
import { builtInProfiles } from '../../../lib/adapters/profiles';
import { teachInvitation } from '../../../lib/adapters/teach/invitation';

const demo = builtInProfiles[0]!;
const acme = { ...demo, id: 'acme-desk', name: 'Acme Desk', matches: ['https://support.acme.test/*'] };

describe('the invitation to teach a page no profile recognised', () => {
  it('names the built-in profile that covers the site but failed on this page', () => {
    expect(teachInvitation({ enabled: true }, [acme], 'https://support.acme.test/v2/inbox')).toEqual({
      builtIn: 'Acme Desk',
    });
  });

  it('invites without naming one on an enabled site no built-in profile covers', () => {
    expect(teachInvitation({ enabled: true }, [acme], 'https://desk.example.com/agent')).toEqual({
      builtIn: null,
    });
  });

  it('stays away from a site the operator has not enabled, or when the background did not answer', () => {
    expect(teachInvitation({ enabled: false }, [acme], 'https://support.acme.test/')).toBeNull();
    expect(teachInvitation(null, [acme], 'https://support.acme.test/')).toBeNull();
  });
});
