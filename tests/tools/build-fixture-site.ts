// Builds the fixture site (tests/fixtures/ under /archive/) that the end-to-end tests also run against.

import { fixtureSite } from '../e2e/fixture-site/settings.ts';
import { astroBuild } from './astro-build.ts';

astroBuild(fixtureSite.env);
