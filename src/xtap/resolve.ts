import type {
  CrossTenantAccessPolicyB2BSetting,
  CrossTenantAccessPolicyConfigurationDefault,
  CrossTenantAccessPolicyConfigurationPartner,
  CrossTenantAccessPolicyTargetConfiguration,
  Tenant,
} from '../snapshot/snapshot.types.js';

/**
 * Effective cross-tenant access settings. Graph: "For any partner-specific property that is null, these settings
 * inherit the behavior configured in your default cross tenant access settings." We apply that at every nullable
 * level (whole setting, usersAndGroups/applications halves, each trust and consent boolean) and record per value
 * where it came from, so a partner whose only non-null setting is inboundTrust is exactly as open as the default.
 */
export type ValueSource = 'partner' | 'default' | 'service-default';

export interface Sourced<T> {
  value: T;
  source: ValueSource;
}

export interface TargetConfiguration {
  /** @graph microsoft.graph.crossTenantAccessPolicyTargetConfiguration.accessType */
  accessType: string;
  targets: Array<{ target: string; targetType: string | null }>;
}

export interface EffectiveB2BSetting {
  usersAndGroups: Sourced<TargetConfiguration>;
  applications: Sourced<TargetConfiguration>;
}

export interface EffectiveCrossTenantPolicy {
  /** Partner tenant id; undefined for the default policy. */
  tenantId?: string;
  b2bCollaborationInbound: EffectiveB2BSetting;
  b2bCollaborationOutbound: EffectiveB2BSetting;
  b2bDirectConnectInbound: EffectiveB2BSetting;
  b2bDirectConnectOutbound: EffectiveB2BSetting;
  tenantRestrictions: EffectiveB2BSetting;
  inboundTrust: {
    isMfaAccepted: Sourced<boolean>;
    isCompliantDeviceAccepted: Sourced<boolean>;
    isHybridAzureADJoinedDeviceAccepted: Sourced<boolean>;
  };
  automaticUserConsentSettings: {
    inboundAllowed: Sourced<boolean>;
    outboundAllowed: Sourced<boolean>;
  };
  /** Settings where the partner set one half (users or applications) and inherited the other — Graph leaves this case undocumented, so reports flag it. */
  partialOverrides: string[];
}

/**
 * Clouds whose cross-tenant access settings have no tenant restrictions: Microsoft's Graph metadata for the US
 * Government (Fairfax, GCC High and DoD) and China (Mooncake) clouds defines the default and partner configurations
 * without `tenantRestrictions`. There a missing value is not the open service default: there is nothing to set.
 */
export const CLOUDS_WITHOUT_TENANT_RESTRICTIONS = ['usgov', 'usgov-dod', 'china'] as const;

/** Does the snapshot's cloud have tenant restrictions (`unknown` for a custom endpoint that returned none)? */
export function tenantRestrictionsExist(cloud: Tenant['cloud'], defaultSettings: object | undefined): boolean | 'unknown' {
  if (cloud && (CLOUDS_WITHOUT_TENANT_RESTRICTIONS as readonly string[]).includes(cloud)) return false;
  if (cloud === 'custom' && defaultSettings && !('tenantRestrictions' in defaultSettings)) return 'unknown';
  return true;
}

export const B2B_SETTINGS = [
  'b2bCollaborationInbound',
  'b2bCollaborationOutbound',
  'b2bDirectConnectInbound',
  'b2bDirectConnectOutbound',
  'tenantRestrictions',
] as const;
export type B2BSettingName = (typeof B2B_SETTINGS)[number];
const TRUST_KEYS = ['isMfaAccepted', 'isCompliantDeviceAccepted', 'isHybridAzureADJoinedDeviceAccepted'] as const;
const CONSENT_KEYS = ['inboundAllowed', 'outboundAllowed'] as const;

const all = (keyword: string, type: string, accessType: 'allowed' | 'blocked'): TargetConfiguration => ({
  accessType,
  targets: [{ target: keyword, targetType: type }],
});
const openSetting = { usersAndGroups: all('AllUsers', 'user', 'allowed'), applications: all('AllApplications', 'application', 'allowed') };
const closedSetting = {
  usersAndGroups: all('AllUsers', 'user', 'blocked'),
  applications: all('AllApplications', 'application', 'blocked'),
};

/**
 * Microsoft's documented service default (isServiceDefault: true): B2B collaboration open both ways, direct
 * connect closed both ways, no inbound trust, no automatic consent. The tenant-restrictions default is not
 * documented; an unconfigured tenant restrictions policy restricts nothing, so it is modelled as open.
 */
export const SERVICE_DEFAULT = {
  b2bCollaborationInbound: openSetting,
  b2bCollaborationOutbound: openSetting,
  b2bDirectConnectInbound: closedSetting,
  b2bDirectConnectOutbound: closedSetting,
  tenantRestrictions: openSetting,
  inboundTrust: { isMfaAccepted: false, isCompliantDeviceAccepted: false, isHybridAzureADJoinedDeviceAccepted: false },
  automaticUserConsentSettings: { inboundAllowed: false, outboundAllowed: false },
} as const;

function normaliseTarget(cfg: CrossTenantAccessPolicyTargetConfiguration): TargetConfiguration {
  return {
    accessType: cfg.accessType ?? 'unknown',
    targets: (cfg.targets ?? []).map((t) => ({ target: t.target, targetType: t.targetType ?? null })),
  };
}

function pickHalf(
  own: CrossTenantAccessPolicyB2BSetting | null | undefined,
  half: 'usersAndGroups' | 'applications',
  ownSource: ValueSource,
  inherited: Sourced<TargetConfiguration>,
): Sourced<TargetConfiguration> {
  const value = own?.[half];
  return value ? { value: normaliseTarget(value), source: ownSource } : inherited;
}

function resolveLevel(
  own: Partial<Record<string, unknown>> | undefined,
  ownSource: ValueSource,
  parent: Omit<EffectiveCrossTenantPolicy, 'tenantId' | 'partialOverrides'>,
): EffectiveCrossTenantPolicy {
  const partialOverrides: string[] = [];
  const settings = {} as Record<B2BSettingName, EffectiveB2BSetting>;
  for (const name of B2B_SETTINGS) {
    const setting = own?.[name] as CrossTenantAccessPolicyB2BSetting | null | undefined;
    settings[name] = {
      usersAndGroups: pickHalf(setting, 'usersAndGroups', ownSource, parent[name].usersAndGroups),
      applications: pickHalf(setting, 'applications', ownSource, parent[name].applications),
    };
    if (setting && !setting.usersAndGroups !== !setting.applications) partialOverrides.push(name);
  }
  const trust = own?.inboundTrust as Record<string, boolean | null | undefined> | null | undefined;
  const consent = own?.automaticUserConsentSettings as Record<string, boolean | null | undefined> | null | undefined;
  const inboundTrust = Object.fromEntries(
    TRUST_KEYS.map((k) => [k, typeof trust?.[k] === 'boolean' ? { value: trust[k], source: ownSource } : parent.inboundTrust[k]]),
  ) as EffectiveCrossTenantPolicy['inboundTrust'];
  const automaticUserConsentSettings = Object.fromEntries(
    CONSENT_KEYS.map((k) => [
      k,
      typeof consent?.[k] === 'boolean' ? { value: consent[k], source: ownSource } : parent.automaticUserConsentSettings[k],
    ]),
  ) as EffectiveCrossTenantPolicy['automaticUserConsentSettings'];
  return { ...settings, inboundTrust, automaticUserConsentSettings, partialOverrides };
}

function serviceDefaultLevel(): Omit<EffectiveCrossTenantPolicy, 'tenantId' | 'partialOverrides'> {
  const sd = (v: TargetConfiguration): Sourced<TargetConfiguration> => ({ value: structuredClone(v), source: 'service-default' });
  const settings = Object.fromEntries(
    B2B_SETTINGS.map((name) => [
      name,
      { usersAndGroups: sd(SERVICE_DEFAULT[name].usersAndGroups), applications: sd(SERVICE_DEFAULT[name].applications) },
    ]),
  ) as Record<B2BSettingName, EffectiveB2BSetting>;
  return {
    ...settings,
    inboundTrust: Object.fromEntries(
      TRUST_KEYS.map((k) => [k, { value: SERVICE_DEFAULT.inboundTrust[k], source: 'service-default' }]),
    ) as EffectiveCrossTenantPolicy['inboundTrust'],
    automaticUserConsentSettings: Object.fromEntries(
      CONSENT_KEYS.map((k) => [k, { value: SERVICE_DEFAULT.automaticUserConsentSettings[k], source: 'service-default' }]),
    ) as EffectiveCrossTenantPolicy['automaticUserConsentSettings'],
  };
}

/** The default policy as it applies: its own values, the service default where it has none. */
export function resolveDefault(def: CrossTenantAccessPolicyConfigurationDefault | undefined): EffectiveCrossTenantPolicy {
  return resolveLevel(def, 'default', serviceDefaultLevel());
}

/** One partner's effective settings: partner value, else the (effective) default's value. */
export function resolvePartner(
  partner: CrossTenantAccessPolicyConfigurationPartner,
  effectiveDefault: EffectiveCrossTenantPolicy,
): EffectiveCrossTenantPolicy {
  return { tenantId: partner.tenantId, ...resolveLevel(partner, 'partner', effectiveDefault) };
}

/**
 * Who a target configuration lets through.
 * `all`: everyone; `allExcept`: a block list of named targets (everyone else is allowed); `some`: an allow list
 * of named targets; `none`: nobody; `unknown`: an access type we do not recognise (never read as safe).
 */
export type Reach = 'all' | 'allExcept' | 'some' | 'none' | 'unknown';

export function reach(cfg: TargetConfiguration, allKeyword: 'AllUsers' | 'AllApplications'): Reach {
  const hasAll = cfg.targets.some((t) => t.target.toLowerCase() === allKeyword.toLowerCase());
  switch (cfg.accessType) {
    case 'allowed':
      return hasAll ? 'all' : cfg.targets.length ? 'some' : 'none';
    case 'blocked':
      return hasAll ? 'none' : cfg.targets.length ? 'allExcept' : 'all';
    default:
      return 'unknown';
  }
}

export const usersReach = (s: EffectiveB2BSetting): Reach => reach(s.usersAndGroups.value, 'AllUsers');
export const appsReach = (s: EffectiveB2BSetting): Reach => reach(s.applications.value, 'AllApplications');

/**
 * Reserved application targets that hold everything B2B direct connect reaches: direct connect serves Teams shared
 * channels only, and Teams is part of the Office 365 suite (and of all Microsoft apps).
 */
/** @graph microsoft.graph.crossTenantAccessPolicyTarget.target */
const WHOLE_OF_DIRECT_CONNECT_TARGETS = ['Office365', 'AllMicrosoftApps'];
const WHOLE_OF_DIRECT_CONNECT = new Set(WHOLE_OF_DIRECT_CONNECT_TARGETS.map((t) => t.toLowerCase()));

/**
 * The applications a B2B direct connect setting reaches. As `appsReach`, except that allowing `Office365` (or
 * `AllMicrosoftApps`) is all of what direct connect can reach, and blocking it is none of it.
 */
export function directConnectAppsReach(s: EffectiveB2BSetting): Reach {
  const cfg = s.applications.value;
  const r = reach(cfg, 'AllApplications');
  const whole = cfg.targets.some((t) => WHOLE_OF_DIRECT_CONNECT.has(t.target.toLowerCase()));
  if (whole && r === 'some') return 'all';
  if (whole && r === 'allExcept') return 'none';
  return r;
}

/** The applications a setting reaches, read the way that setting's feature works (direct connect: see above). */
export function settingAppsReach(name: B2BSettingName, s: EffectiveB2BSetting): Reach {
  return name === 'b2bDirectConnectInbound' || name === 'b2bDirectConnectOutbound' ? directConnectAppsReach(s) : appsReach(s);
}

/** A setting lets at least someone through to at least something (false: nobody can use it at all). */
export function isOpenToAnyone(s: EffectiveB2BSetting, apps: (s: EffectiveB2BSetting) => Reach = appsReach): boolean | 'unknown' {
  const u = usersReach(s);
  const a = apps(s);
  if (u === 'unknown' || a === 'unknown') return 'unknown';
  return u !== 'none' && a !== 'none';
}

/** A setting as finding evidence: each half's Graph value with where it came from (partner, default or service default). */
export function settingEvidence(s: EffectiveB2BSetting): {
  usersAndGroups: TargetConfiguration & { source: ValueSource };
  applications: TargetConfiguration & { source: ValueSource };
} {
  return {
    usersAndGroups: { ...s.usersAndGroups.value, source: s.usersAndGroups.source },
    applications: { ...s.applications.value, source: s.applications.source },
  };
}

/** A setting lets every user of the other side in to at least some applications. */
export function isOpenToAllUsers(s: EffectiveB2BSetting, apps: (s: EffectiveB2BSetting) => Reach = appsReach): boolean | 'unknown' {
  const u = usersReach(s);
  const a = apps(s);
  if (u === 'unknown' || a === 'unknown') return 'unknown';
  return (u === 'all' || u === 'allExcept') && a !== 'none';
}
