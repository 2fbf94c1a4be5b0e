import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;

/**
 * axe-core's results for the page as it is. axe walks the DOM again while it writes its results, and a node that a
 * re-render detached meanwhile (the editor measuring its tooltips, the explorer placing labels) crashes it inside
 * its own selector code ("reading 'nthChild'"); that is the tool failing, not a finding, so it runs again on the
 * settled page, a few times at most. Any other error, and every violation, is the caller's.
 */
export async function analyzeWithAxe(page: Page): Promise<AxeResults> {
  for (let attempt = 1; ; attempt++) {
    await page.waitForLoadState('networkidle');
    try {
      return await new AxeBuilder({ page }).analyze();
    } catch (error) {
      const detached = /nthChild|Cannot read properties of (undefined|null)/.test(String(error));
      if (!detached || attempt >= 3) throw error;
      await page.waitForTimeout(300 * attempt);
    }
  }
}
