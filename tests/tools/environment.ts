// The environment the tests and benchmarks start their builds in: this process's, without the site's settings
// (ARSHIF_*), so that a maintainer's shell (an ARSHIF_OUT_DIR, an ARSHIF_SITE_URL) does not change what a test
// builds. The tools' own settings, which say where the test corpora are, stay.

const TOOL_SETTINGS = new Set(['ARSHIF_REAL_CORPUS', 'ARSHIF_CORPUS_DIR']);

export const buildEnvironment = (settings: Record<string, string> = {}): Record<string, string | undefined> => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('ARSHIF_') || TOOL_SETTINGS.has(name))),
  ...settings,
});
