// robots.txt: everything may be crawled; the sitemap index is announced with its absolute URL.

import type { APIRoute } from 'astro';
import { absoluteUrl } from '../link.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
