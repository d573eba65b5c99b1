// Shared by the end-to-end tests: the seed article and the sample archive's facts they check against.

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
