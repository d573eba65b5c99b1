// JSON Feed 1.1's JSON Schema (the `jsonfeed-schema` package) compiled by Ajv with its formats (uri, date-time):
// what the unit and feed tests validate JSON Feeds with.

import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';
import jsonFeedSchema from 'jsonfeed-schema/schema-v1.1.json' with { type: 'json' };

// ajv-formats is CommonJS: Node's ESM import gives its module object, bundlers its default export; both hold it.
const addFormats = (addFormatsModule as unknown as { default?: typeof addFormatsModule }).default ?? addFormatsModule;

export const validateJsonFeed = addFormats(new Ajv({ allErrors: true, strict: false })).compile(jsonFeedSchema);
