// The OpenSearch description, announced by every page's `<link rel="search">`.

import type { APIRoute } from 'astro';
import { faviconPath, openSearchPath, searchPath } from '../lib/archive/paths.ts';
import { openSearchDescription } from '../lib/syndication/opensearch.ts';
import { absoluteUrl } from '../link.ts';
import { site } from '../site.ts';

export const GET: APIRoute = () =>
  new Response(
    openSearchDescription({
      name: site.title,
      description: `البحث في ${site.title}`,
      searchPageUrl: absoluteUrl(searchPath),
      selfUrl: absoluteUrl(openSearchPath),
      iconUrl: absoluteUrl(faviconPath),
    }),
    { headers: { 'Content-Type': 'application/opensearchdescription+xml; charset=utf-8' } },
  );
