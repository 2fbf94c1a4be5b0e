import { test } from '@playwright/test';

/**
 * Where a spec's screenshot goes: the test's own output folder, or docs/screenshots/ (the README's copies) when
 * UPDATE_SCREENSHOTS=1, so a plain test run leaves the tree untouched.
 */
export function screenshotPath(name: string): string {
  return process.env.UPDATE_SCREENSHOTS === '1' ? `docs/screenshots/${name}.png` : test.info().outputPath(`${name}.png`);
}
