// The built sites the conformance checks read from disk: output folder, public origin and base path.

import { fixtureSite } from '../e2e/fixture-site/settings.ts';
import { searchSite } from '../search/site-settings.ts';

export interface BuiltSite {
  name: string;
  outDir: string;
  /** Origin and base path the site was built for: feeds' self links are absolute URLs under them. */
  root: string;
}

export const builtSites: BuiltSite[] = [
  { name: 'sample', outDir: 'dist', root: 'http://localhost:4321/' },
  { name: 'fixture', outDir: fixtureSite.env.ARSHIF_OUT_DIR, root: `${fixtureSite.env.ARSHIF_SITE_URL}${fixtureSite.base}` },
  { name: 'search', outDir: searchSite.env.ARSHIF_OUT_DIR, root: `${searchSite.env.ARSHIF_SITE_URL}/` },
];
