// One feed per category: `/category/<slug>/rss.xml`.

import type { APIRoute } from 'astro';
import { loadPlan } from '../../../data/archive.ts';
import { categoryFeed, rssResponse } from '../../../feeds.ts';
import type { CategoryFeedProps } from '../../../lib/plan/props.ts';

export const getStaticPaths = async () => (await loadPlan()).categoryFeeds;

export const GET: APIRoute<CategoryFeedProps> = ({ props }) => rssResponse(categoryFeed(props));
