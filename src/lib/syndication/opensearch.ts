// The OpenSearch 1.1 description (https://github.com/dewitt/opensearch): lets a browser add the archive's search
// page as a search engine. Written by fast-xml-builder (fast-xml-parser's builder), which escapes every text and attribute.

import XMLBuilder from 'fast-xml-builder';

export interface OpenSearchOptions {
  /** The archive's name; a browser's list of search engines shows at most 16 characters of it. */
  name: string;
  description: string;
  /** The search page's absolute URL; the query goes in its `q` parameter. */
  searchPageUrl: string;
  /** The description's own absolute URL. */
  selfUrl: string;
  iconUrl: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

/** OpenSearch's limit on a short name, in characters. */
const SHORT_NAME_LENGTH = 16;

/** The name as a short name: whole when it fits, else the words that fit, else its first characters. */
export function shortNameOf(name: string): string {
  const characters = [...name];
  if (characters.length <= SHORT_NAME_LENGTH) return name;
  let fitting = '';
  for (const word of name.split(' ')) {
    const longer = fitting === '' ? word : `${fitting} ${word}`;
    if ([...longer].length > SHORT_NAME_LENGTH) break;
    fitting = longer;
  }
  return fitting || characters.slice(0, SHORT_NAME_LENGTH).join('');
}

export function openSearchDescription({ name, description, searchPageUrl, selfUrl, iconUrl }: OpenSearchOptions): string {
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    OpenSearchDescription: {
      '@xmlns': 'http://a9.com/-/spec/opensearch/1.1/',
      ShortName: shortNameOf(name),
      Description: description,
      InputEncoding: 'UTF-8',
      Language: 'ar',
      Image: { '@type': 'image/svg+xml', '@width': '16', '@height': '16', '#text': iconUrl },
      Url: [
        // The template's `{searchTerms}` is OpenSearch syntax, filled in by the browser (URL-encoded).
        { '@type': 'text/html', '@method': 'get', '@template': `${searchPageUrl}?q={searchTerms}` },
        { '@type': 'application/opensearchdescription+xml', '@rel': 'self', '@template': selfUrl },
      ],
    },
  });
}
