import { countOf } from '../src/engine/messages.js';
import { defineRule, withIds } from '../src/engine/rule.js';
import { guestsAmong } from '../src/model/guest-pass.js';
import type { User } from '../src/snapshot/snapshot.types.js';

/**
 * An owner is a guest when Graph says so on the owner reference (`userType` Guest, from `$expand=owners`) or when
 * the owner's id is in the collected guests section (which also holds external members). An owner reference with
 * no userType while the guest list is unavailable cannot be judged: incomplete evidence. Service-principal owners
 * are not users and are skipped. One finding per application (or service principal) per guest owner.
 */
export default defineRule<'appOwnership'>({
  meta: {
    id: 'guest-app-owner',
    title: 'Guest owns an application or service principal',
    action: 'Move ownership of applications away from guests to accountable employees.',
    severity: 'medium',
    category: 'guests',
    requires: ['appOwnership'],
    optional: ['guests'],
    rationale:
      'Owners of an app registration or enterprise application can add client secrets and certificates, change redirect URIs and reply addresses — and then act as the application with every permission it has been granted in your tenant. A guest owner holds that power from an account governed by another organisation, usually long after the project that needed it.',
    remediation: {
      summary: 'Remove the guest from the owners and give ownership to an accountable internal user or group.',
      graph: { method: 'DELETE', url: '/v1.0/applications/{applicationId}/owners/{guestId}/$ref' },
      // An enterprise application (service principal) has owners of its own, removed under /servicePrincipals.
      forFinding: (f) =>
        typeof f.evidence?.ownerId === 'string'
          ? withIds(
              {
                method: 'DELETE',
                url: `/v1.0/${f.resource.path?.startsWith('servicePrincipals/') ? 'servicePrincipals' : 'applications'}/{objectId}/owners/{guestId}/$ref`,
              },
              { objectId: f.resource.id, guestId: f.evidence.ownerId },
            )
          : undefined,
      portal: 'Entra admin center › Entra ID › App registrations (or Enterprise apps) › (app) › Owners › Remove',
    },
    references: [
      {
        title: 'Assign enterprise application owners',
        url: 'https://learn.microsoft.com/entra/identity/enterprise-apps/assign-app-owners',
      },
      { title: 'Remove owner (application)', url: 'https://learn.microsoft.com/graph/api/application-delete-owners' },
    ],
    frameworks: { catalog: ['PR-02'], 'zero-trust': ['21868'] },
    semantics: [
      {
        statement:
          'Owners of an application or service principal can manage its credentials and configuration — and so act with every permission granted to it.',
        source: 'https://learn.microsoft.com/graph/api/application-list-owners',
      },
      {
        statement:
          'An owner is a guest when its userType is Guest or it is in the collected guest list (which holds external members too); service-principal owners are not users.',
        source: 'https://learn.microsoft.com/entra/external-id/user-properties',
      },
    ],
    messages: {
      owner: 'Guest {owner} owns the {objectType} "{displayName}".',
    },
    personParams: ['owner'],
  },
  evaluate({ appOwnership }, ctx) {
    const judge = (guestById: Map<string, User> | undefined) => {
      let undecidable = 0;
      for (const app of appOwnership) {
        for (const owner of app.owners ?? []) {
          const odata = (owner['@odata.type'] ?? '#microsoft.graph.user').toLowerCase();
          if (!odata.endsWith('.user')) continue;
          const listed = guestById?.get(owner.id.toLowerCase());
          const userType = owner.userType ?? listed?.userType ?? null;
          const isGuest = (userType ?? '').toLowerCase() === 'guest' || !!listed;
          if (!isGuest) {
            if (!userType && !guestById) undecidable++;
            continue;
          }
          const name = owner.displayName ?? listed?.displayName ?? listed?.userPrincipalName ?? owner.id;
          const collection = app.objectType === 'servicePrincipal' ? 'servicePrincipals' : 'applications';
          ctx.fail('owner', {
            resource: {
              type: app.objectType,
              id: app.id,
              displayName: app.displayName ?? app.appId ?? app.id,
              path: `${collection}/${app.id}`,
            },
            subKey: owner.id,
            params: { owner: name, objectType: app.objectType === 'servicePrincipal' ? 'service principal' : 'application' },
            evidence: { ownerId: owner.id, ownerUserType: userType, appId: app.appId ?? null, inGuestList: !!listed },
          });
        }
      }
      if (undecidable)
        ctx.incomplete(
          `${countOf(undecidable, 'owner does', 'owners do')} not say whether ${undecidable === 1 ? 'it is a guest' : 'they are guests'}, and the guest list is not available to tell`,
          ['guests'],
        );
    };
    if (!ctx.section('guests')) {
      judge(undefined);
      return;
    }
    // Owners are few: the guest pass keeps only the guests among them.
    return guestsAmong(
      appOwnership.flatMap((app) => (app.owners ?? []).map((o) => o.id)),
      judge,
    );
  },
});
