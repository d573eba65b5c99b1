// The second site the end-to-end tests run against: tests/fixtures/ (hostile and odd input) under a base path.

export const fixtureSite = {
  port: 4322,
  base: '/archive/',
  env: {
    ARSHIF_CONTENT_DIR: 'tests/fixtures',
    ARSHIF_BASE: '/archive/',
    ARSHIF_OUT_DIR: 'dist-fixture-site',
    ARSHIF_REPORT: 'reports/fixture-site-report.json',
    ARSHIF_SITE_URL: 'http://127.0.0.1:4322',
    ARSHIF_DIGITS: 'latn',
    // The home's "on this day" shows the build day in earlier years: a day a year after the fixtures' 20 May 2018.
    ARSHIF_BUILD_DAY: '2019-05-20',
  },
} as const;
