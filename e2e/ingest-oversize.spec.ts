import { expect, test } from '@playwright/test';

// A paste over the server-action limit (8 MB) gets a message before anything is sent, and the text stays in the form.
test('an 8 MB+ paste is refused with a message and the text is kept', async ({ page }) => {
  await page.goto('/ingest');
  const text = `${'Le Conseil de sécurité se réunit à Genève. '.repeat(200_000)}`;
  expect(new TextEncoder().encode(text).length).toBeGreaterThan(8 * 1024 * 1024);
  const box = page.getByLabel('Article text');
  await box.evaluate((el, value) => {
    (el as HTMLTextAreaElement).value = value;
  }, text);
  await page.getByRole('button', { name: 'Preview', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: /the server takes at most 8 MB/ })).toBeVisible();
  expect(await box.evaluate((el) => (el as HTMLTextAreaElement).value.length)).toBe(text.length);
});
