// This build's settings, parsed from the process's environment when first imported (by astro.config.mjs, the content
// config, the pages): a wrong value stops the build there. Tests, benchmarks and the steps of a build in parts call
// parseSettings (settings.ts) with the environment they mean instead.

import { type Settings, parseSettings } from './settings.ts';

export const site: Settings = parseSettings(process.env);
