// @vitest-environment node
import { describe, expect, it, vi } from 'vitest';
import { ensureBrowsers, requiredPackages } from '../../tools/ensure-browsers.mjs';

const allInstalled = () => true;
const noneInstalled = () => false;
const quiet = () => undefined;

describe('npm test’s browser check', () => {
  it('says nothing and installs nothing when every browser is there', () => {
    const run = vi.fn();
    expect(ensureBrowsers({ exists: allInstalled, run, log: quiet })).toBeNull();
    expect(run).not.toHaveBeenCalled();
  });

  it('without root, stops with the exact apt command for what is missing', () => {
    const run = vi.fn();
    const chromiumOnly = (file: string) => file === requiredPackages[0]!.file;
    const message = ensureBrowsers({
      exists: chromiumOnly,
      isRoot: () => false,
      hasApt: () => true,
      run,
      log: quiet,
    });
    expect(run).not.toHaveBeenCalled();
    expect(message).toContain(
      "sudo sh -c 'apt-get update && apt-get install -y --no-install-recommends chromium-l10n firefox-esr firefox-esr-l10n-ru'",
    );
  });

  it('as root with apt, installs the missing packages and carries on', () => {
    const installed = new Set<string>();
    const run = vi.fn(() => requiredPackages.forEach((pkg) => installed.add(pkg.file)));
    const message = ensureBrowsers({
      exists: (file) => installed.has(file),
      isRoot: () => true,
      hasApt: () => true,
      run,
      log: quiet,
    });
    expect(run).toHaveBeenCalledWith(
      'apt-get update && apt-get install -y --no-install-recommends chromium chromium-l10n firefox-esr firefox-esr-l10n-ru',
    );
    expect(message).toBeNull();
  });

  it('reports a failed apt run instead of pretending', () => {
    const message = ensureBrowsers({
      exists: noneInstalled,
      isRoot: () => true,
      hasApt: () => true,
      run: () => {
        throw new Error('network unreachable');
      },
      log: quiet,
    });
    expect(message).toMatch(/apt failed/);
  });
});
