interface ManifestHosts {
  host_permissions?: string[];
  permissions?: string[];
  content_scripts?: { matches?: string[] }[];
}

/**
 * The sites this build reaches from installation on, by its own manifest: host
 * permissions (MV3), host patterns among permissions (MV2) and content script
 * matches. Development and test builds name the demo desk here; a store package
 * names none, so there the demo desk is a site like any other.
 */
export function installedHostPatterns(manifest: ManifestHosts): Set<string> {
  return new Set([
    ...(manifest.host_permissions ?? []),
    ...(manifest.permissions ?? []).filter((permission) => permission.includes('://')),
    ...(manifest.content_scripts ?? []).flatMap((script) => script.matches ?? []),
  ]);
}
