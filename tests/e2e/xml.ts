// Parses a feed or sitemap as a strict XML parser would: any error or warning fails the test.

import { DOMParser, type Document, type Element } from '@xmldom/xmldom';

export function parseXmlStrictly(xml: string): Document {
  return new DOMParser({
    onError: (level, message) => {
      throw new Error(`XML ${level}: ${message}`);
    },
  }).parseFromString(xml, 'text/xml');
}

/** Text of the first child element named `name` (qualified, e.g. `content:encoded`), or undefined. */
export function childText(parent: Element | Document, name: string): string | undefined {
  const element = parent.getElementsByTagName(name)[0];
  return element?.textContent ?? undefined;
}
