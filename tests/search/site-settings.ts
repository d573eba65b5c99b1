// The search-quality site: the real articles of tests/data/saudi-news/ plus the bundled sample, built for the query set.

export const searchSite = {
  port: 4323,
  contentDir: '.corpus/search-site',
  env: {
    ARSHIF_CONTENT_DIR: '.corpus/search-site',
    ARSHIF_OUT_DIR: 'dist-search-site',
    ARSHIF_REPORT: 'reports/search-site-report.json',
    ARSHIF_SITE_URL: 'http://127.0.0.1:4323',
  },
} as const;
