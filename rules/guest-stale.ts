import { readableDate } from '../src/util/dates.js';
import { countOf } from '../src/engine/messages.js';
import { defineRule } from '../src/engine/rule.js';
import { DAY_MS, SUCCESS_RECORDED_SINCE, guestDomain, inactivity, isEnabled, isPending } from '../src/model/guests.js';
import { BoundedMap } from '../src/util/bounded-map.js';

export interface GuestStaleOptions {
  staleDays: number;
}

export default defineRule<'guests' | 'guestSignInActivity', GuestStaleOptions>({
  meta: {
    id: 'guest-stale',
    title: 'Enabled guests that have not signed in for a long time',
    action: 'Disable guest accounts that have not signed in for a long time, and review guests regularly so they do not pile up again.',
    severity: 'medium',
    category: 'guests',
    requires: ['guests', 'guestSignInActivity'],
    options: {
      schema: { properties: { staleDays: { type: 'integer', minimum: 1, default: 90 } } },
      defaults: { staleDays: 90 },
      docs: {
        staleDays:
          'Days without a successful sign-in after which an enabled guest counts as stale. 90 matches the Zero Trust Assessment and common access-review cadences; the strict profile uses 60.',
      },
    },
    rationale:
      'A guest account that nobody uses is still a working key to your tenant. Its owner is governed by another organisation (or by nobody, for consumer accounts): when they leave that company or lose their mailbox, you are not told, and the guest keeps whatever group memberships, app assignments and SharePoint links it collected. Dormant guests are a favourite foothold because nobody notices unusual activity on an account nobody expects to be active. The rule counts days without a *successful* sign-in. Graph records successes only since 1 December 2023: an older attempt stands in for the last sign-in (erring towards active), but attempts after that day with no success recorded mean the guest has not signed in successfully since then, and are counted from the later of that day and the creation date. Pending invitations are left to the invitation rules.',
    remediation: {
      summary:
        'Disable (then, after a grace period, delete) each stale guest, or confirm with its sponsor that access is still needed. Prevent recurrence with a recurring access review of guests that removes access on non-response, or an inactive-guest lifecycle workflow.',
      graph: { method: 'PATCH', url: '/v1.0/users/{id}', body: { accountEnabled: false } },
      ids: (f) => ({ id: f.resource.id }),
      portal:
        'Entra admin center › Entra ID › Users › (guest) › Edit properties › Settings › Account enabled (off); recurring clean-up: ID Governance › Access reviews',
    },
    references: [
      {
        title: 'How to manage inactive user accounts',
        url: 'https://learn.microsoft.com/entra/identity/monitoring-health/howto-manage-inactive-user-accounts',
      },
      {
        title: 'Use access reviews to review and remove external users',
        url: 'https://learn.microsoft.com/entra/id-governance/access-reviews-external-users',
      },
      { title: 'signInActivity resource type', url: 'https://learn.microsoft.com/graph/api/resources/signinactivity' },
    ],
    frameworks: { catalog: ['LC-02'], 'zero-trust': ['21858'] },
    semantics: [
      {
        statement:
          'lastSuccessfulSignInDateTime records the last successful interactive or non-interactive sign-in; it exists since 1 December 2023 and was not backfilled.',
        source: 'https://learn.microsoft.com/graph/api/resources/signinactivity',
      },
      {
        statement:
          'lastSignInDateTime and lastNonInteractiveSignInDateTime record the last attempts, successful or not; failed attempts are recorded too.',
        source: 'https://learn.microsoft.com/graph/api/resources/signinactivity',
      },
      {
        statement:
          'Inactivity counts from the last success; from the latest attempt only when it predates 1 December 2023; from the later of that day and the creation date when attempts since then recorded no success; from creation when nothing is recorded.',
        source: 'https://learn.microsoft.com/graph/api/resources/signinactivity',
        reading:
          'an attempt before success recording may have succeeded, so it errs towards active; an attempt after it with no success recorded cannot have succeeded.',
      },
      {
        statement:
          'Graph writes "never" as 0001-01-01T00:00:00Z (DateTimeOffset.MinValue): treated as no sign-in, not as a date 2,000 years ago.',
        source: 'https://learn.microsoft.com/graph/api/resources/signinactivity',
        reading: 'no real sign-in can predate Entra ID, and the .NET minimum value is how Graph serialises an unset DateTimeOffset.',
      },
      {
        statement:
          "Pending invitations (externalUserState PendingAcceptance) and disabled accounts are not judged: the first are the invitation rules' business, the second cannot sign in.",
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
    ],
    messages: {
      stale: 'Guest {displayName} has not signed in for {days} days (last sign-in {lastSignInDay}; threshold {staleDays} days).',
      'never-signed-in':
        'Guest {displayName} has never signed in although the account was created {days} days ago (threshold {staleDays} days).',
      'no-success':
        'Guest {displayName} has no successful sign-in recorded since {since} ({days} days; the last attempt, on {lastAttempt}, failed; threshold {staleDays} days).',
    },
  },
  evaluate({ guests }, ctx) {
    if (guests.count === 0) {
      ctx.notApplicable('The tenant has no guest users.');
      return;
    }
    const { staleDays } = ctx.options;
    const asOf = ctx.asOf;
    const cutoff = asOf.getTime() - staleDays * DAY_MS;
    let undatable = 0;
    // A day's text once, however many stale guests last signed in that day (findings keep it until the reports are
    // written), looked up by the day's number rather than by a text written out for every finding.
    const dayTexts = new BoundedMap<number, string>();
    const dayText = (at: Date) => {
      const day = Math.floor(at.getTime() / DAY_MS);
      let text = dayTexts.get(day);
      if (text === undefined) {
        text = readableDate(at.toISOString());
        dayTexts.set(day, text);
      }
      return text;
    };
    return {
      guest: (guest) => {
        if (!isEnabled(guest) || isPending(guest)) return;
        const idle = inactivity(guest, asOf);
        if (!idle.known) {
          // No usable sign-in and no usable creation date: we cannot tell a new guest from an abandoned one.
          undatable++;
          return;
        }
        if (idle.since.getTime() >= cutoff) return;
        const resource = {
          type: 'user',
          id: guest.id,
          displayName: guest.displayName ?? guest.userPrincipalName ?? null,
          path: `users/${guest.id}`,
        };
        const domain = guestDomain(guest);
        const { days, since, evidence } = idle;
        // One text of the date for evidence and params alike: hundreds of thousands of findings keep it.
        const sinceText = since.toISOString();
        // Kept small: a large tenant has hundreds of thousands of these; days, dates and threshold are in params.
        const base = {
          inactiveSince: sinceText,
          inactivityBasis: idle.basis,
          daysInactive: days,
          signInActivity: guest.signInActivity ?? null,
        };
        if (idle.neverSignedIn) {
          ctx.fail('never-signed-in', {
            resource,
            params: { days, createdDateTime: sinceText, staleDays, domain },
            evidence: base,
          });
        } else if (evidence.kind === 'no-success-since-recording') {
          ctx.fail('no-success', {
            resource,
            params: {
              days,
              since: dayText(since),
              lastAttempt: dayText(evidence.lastAttempt),
              staleDays,
              domain,
            },
            evidence: { ...base, successRecordedSince: SUCCESS_RECORDED_SINCE.toISOString(), lastAttemptField: evidence.field },
          });
        } else {
          ctx.fail('stale', {
            resource,
            params: { days, lastSignIn: sinceText, lastSignInDay: dayText(since), staleDays, domain },
            evidence: base,
          });
        }
      },
      end: () => {
        if (undatable) {
          ctx.incomplete(
            `${countOf(undatable, 'enabled guest has', 'enabled guests have')} no readable sign-in or creation date to count inactivity from, so ${undatable === 1 ? 'its' : 'their'} staleness could not be judged`,
          );
        }
      },
    };
  },
});
