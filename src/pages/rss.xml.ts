// The site feed: the latest articles of the whole archive (RSS 2.0).

import type { APIRoute } from 'astro';
import { loadOverview } from '../data/archive.ts';
import { rssResponse, siteFeed } from '../feeds.ts';

export const GET: APIRoute = async () => rssResponse(siteFeed(await loadOverview()));
