// Site paths → hrefs under the configured base path, for components and routes.

import { withBase } from './lib/archive/paths.ts';
import { site } from './site.ts';

export const href = (path: string): string => withBase(site.base, path);

/** Absolute URL of a site path, for feeds and canonical links. */
export const absoluteUrl = (path: string): string => new URL(href(path), site.url).href;
