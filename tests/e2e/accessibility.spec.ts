import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { seed } from './helpers.ts';

const pageTypes = {
  home: '',
  article: `${seed.path}?highlight=داعش`,
  'category index': 'category/',
  category: seed.categoryPath,
  'category year': `${seed.categoryPath}2018/`,
  'date overview': 'dates/',
  year: '2018/',
  month: '2018/05/',
  day: '2018/05/20/',
  'hijri overview': 'hijri/',
  'hijri year': 'hijri/1439/',
  'hijri month': 'hijri/1439/09/',
  'on this day': 'on-this-day/05-20/',
  'on this day index': 'on-this-day/',
  search: 'search/?q=داعش',
  'not found': 'no-such-page/',
};

/** The rules whose outcome depends on the colours, all the dark scheme changes (src/styles/global.css). */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
type AxeResults = Awaited<ReturnType<AxeBuilder['analyze']>>;
const violationsOf = (results: AxeResults) => results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);

for (const [name, path] of Object.entries(pageTypes)) {
  test(`axe finds no WCAG 2.2 AA violation on the ${name} page, in the light and the dark scheme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'light' });
    await page.goto(path);
    if (name === 'search') await expect(page.locator('pagefind-results a').first()).toBeVisible();
    if (name === 'article') await expect(page.locator('.article mark').first()).toBeVisible();
    const light = await new AxeBuilder({ page })
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
      .analyze();
    expect(violationsOf(light), 'light').toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)).toBe(true);
    const dark = await new AxeBuilder({ page }).withRules(COLOUR_RULES).analyze();
    expect(violationsOf(dark), 'dark').toEqual([]);
    // Both runs checked the contrast of the page's text (a run that checks nothing finds nothing).
    for (const results of [light, dark]) expect(results.passes.map((rule) => rule.id)).toContain('color-contrast');
  });
}

test('the skip link is the first stop and moves focus to the main content', async ({ page }) => {
  await page.goto(seed.path);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'تخطَّ إلى المحتوى' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#main$/);
});

test('every link and control of a page is reachable with the keyboard, with a visible focus', async ({ page }) => {
  await page.goto('');
  const controls = await page.locator('a[href], button, input').evaluateAll((elements) => {
    elements.forEach((element, index) => element.setAttribute('data-control', String(index)));
    return elements.length;
  });
  const reached = new Set<string>();
  for (let step = 0; step < controls + 2; step += 1) {
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement | null;
      if (!element || element === document.body) return undefined;
      const style = getComputedStyle(element);
      return { key: element.dataset.control ?? element.outerHTML, outlined: style.outlineStyle !== 'none' && style.outlineWidth !== '0px' };
    });
    if (focused) {
      expect(focused.outlined, focused.key).toBe(true);
      reached.add(focused.key);
    }
  }
  expect(reached.size).toBe(controls);
});
