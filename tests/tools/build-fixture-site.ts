// Builds the fixture site (tests/fixtures/ and oversized articles, under /archive/) that the end-to-end tests also run against.

import { fixtureSite, writeFixtureSiteContent } from '../e2e/fixture-site/settings.ts';
import { astroBuild } from './astro-build.ts';

writeFixtureSiteContent();
astroBuild(fixtureSite.env);
