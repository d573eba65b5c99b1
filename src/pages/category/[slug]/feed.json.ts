// One JSON Feed per category, `/category/<slug>/feed.json`: the same items as its RSS feed.

import type { APIRoute } from 'astro';
import { loadPlan } from '../../../data/archive.ts';
import { categoryFeed, jsonFeedResponse } from '../../../feeds.ts';
import type { CategoryFeedProps } from '../../../lib/plan/props.ts';

// A copy: Astro keys its route cache on the array getStaticPaths returns (it sets `keyed` on it), and the RSS
// route returns the plan's own array.
export const getStaticPaths = async () => [...(await loadPlan()).categoryFeeds];

export const GET: APIRoute<CategoryFeedProps> = ({ props }) => jsonFeedResponse(categoryFeed(props));
