// Types for ensure-browsers.mjs (plain JS so that npm test needs no compile step).
export interface BrowserSystem {
  exists(file: string): boolean;
  isRoot(): boolean;
  hasApt(): boolean;
  run(command: string): void;
  log(message: string): void;
}
export declare const requiredPackages: Array<{ name: string; file: string }>;
export declare function missingPackages(exists?: (file: string) => boolean): string[];
export declare function ensureBrowsers(env?: Partial<BrowserSystem>): string | null;
