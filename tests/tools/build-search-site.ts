// Builds the search-quality site: the real corpus (extracted from tests/data/saudi-news/) and the
// bundled sample, in one content folder, into dist-search-site/, and Pagefind's plain index of the same articles beside it.

import { cpSync, rmSync } from 'node:fs';
import { realCorpusFolder } from '../../bench/corpus.ts';
import { searchSite } from '../search/site-settings.ts';
import { buildPlainIndex } from '../search/plain-index.ts';
import { astroBuild } from './astro-build.ts';

rmSync(searchSite.contentDir, { recursive: true, force: true });
cpSync(realCorpusFolder(), `${searchSite.contentDir}/real`, { recursive: true });
cpSync('content/articles', `${searchSite.contentDir}/sample`, { recursive: true });
astroBuild(searchSite.env);
await buildPlainIndex(searchSite.contentDir, searchSite.env.ARSHIF_OUT_DIR);
