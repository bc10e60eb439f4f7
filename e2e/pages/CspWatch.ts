import type { Page } from '@playwright/test';

/** One Content-Security-Policy violation as the browser reported it. */
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

declare global {
  interface Window {
    __cspViolations?: Violation[];
  }
}

/**
 * Collects what a browser reports when the Content-Security-Policy blocks something:
 * `securitypolicyviolation` events in the page, and "Content Security Policy" console errors from
 * the page and its workers (MapLibre's worker has its own policy, from its script's response).
 * Also keeps uncaught page errors, which a blocked script usually causes.
 */
export class CspWatch {
  readonly consoleErrors: string[] = [];
  readonly pageErrors: string[] = [];

  constructor(readonly page: Page) {}

  /** Starts listening; call before the first navigation. */
  async start() {
    await this.page.addInitScript(() => {
      window.__cspViolations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__cspViolations!.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile });
      });
    });
    this.page.on('console', (m) => {
      if (m.type() === 'error') this.consoleErrors.push(m.text());
    });
    this.page.on('pageerror', (e) => this.pageErrors.push(String(e)));
    this.page.on('worker', (worker) => {
      worker.on('console', (m) => {
        if (m.type() === 'error') this.consoleErrors.push(`[worker] ${m.text()}`);
      });
    });
  }

  /** Violations reported in the current document so far. */
  async violations(): Promise<Violation[]> {
    return this.page.evaluate(() => window.__cspViolations ?? []);
  }

  /** Console errors that are CSP reports. */
  get cspConsoleErrors(): string[] {
    return this.consoleErrors.filter((t) => /Content Security Policy/i.test(t));
  }
}
