// The site feed as JSON Feed 1.1: the same items as /rss.xml.

import type { APIRoute } from 'astro';
import { loadOverview } from '../data/archive.ts';
import { jsonFeedResponse, siteFeed } from '../feeds.ts';

export const GET: APIRoute = async () => jsonFeedResponse(siteFeed(await loadOverview()));
