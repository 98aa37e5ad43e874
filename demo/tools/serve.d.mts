// Types for serve.mjs, so TypeScript tests and harnesses can import it.

export interface ServeDemoOptions {
  /** 0 picks a free port. Default 5317. */
  port?: number;
  /** Default 127.0.0.1. */
  host?: string;
  /** Directory to serve. Default demo/dist. */
  root?: string;
  /** Do not print the URL. */
  quiet?: boolean;
}

export interface DemoServer {
  /** e.g. `http://127.0.0.1:5317/` (with the trailing slash). */
  url: string;
  host: string;
  port: number;
  close(): Promise<void>;
}

export declare const DEFAULT_DEMO_PORT: number;

export declare function serveDemo(options?: ServeDemoOptions): Promise<DemoServer>;
