// Shared by the end-to-end tests: the seed article and the sample archive's facts they check against.

import type { Locator } from '@playwright/test';

export const seed = {
  id: 'bdcf7e066c1938b0',
  path: 'articles/bdcf7e066c1938b0/',
  title: 'قائد عسكري في "التحالف الدولي": ملتزمون بتحقيق الاستقرار في العراق',
  category: 'أخبار عربية ودولية',
  categoryPath: `category/${encodeURIComponent('أخبار-عربية-ودولية')}/`,
  dateShown: 'الأحد، ٢٠ مايو ٢٠١٨',
};

/** Every file of content/articles/ publishes. */
export const samplePublished = 24;

/**
 * The middle of the element's first line, where a reader aims: the middle of a link that wraps onto a shorter
 * second line can fall beside its text (whether it wraps depends on whether the web font arrived in time).
 */
export async function firstLineCentre(locator: Locator): Promise<{ x: number; y: number }> {
  return locator.evaluate((element) => {
    const { x, y, width, height } = element.getClientRects()[0]!;
    return { x: x + width / 2, y: y + height / 2 };
  });
}
