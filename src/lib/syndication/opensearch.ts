// The OpenSearch 1.1 description (https://github.com/dewitt/opensearch): lets a browser add the archive's search
// page as a search engine. Written by fast-xml-builder (fast-xml-parser's builder), which escapes every text and attribute.

import XMLBuilder from 'fast-xml-builder';

export interface OpenSearchOptions {
  /** At most 16 characters. */
  shortName: string;
  description: string;
  /** The search page's absolute URL; the query goes in its `q` parameter. */
  searchPageUrl: string;
  /** The description's own absolute URL. */
  selfUrl: string;
  iconUrl: string;
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', format: true, suppressEmptyNode: true });

export function openSearchDescription({ shortName, description, searchPageUrl, selfUrl, iconUrl }: OpenSearchOptions): string {
  if ([...shortName].length > 16) throw new Error(`OpenSearch short names have at most 16 characters: "${shortName}"`);
  return builder.build({
    '?xml': { '@version': '1.0', '@encoding': 'UTF-8' },
    OpenSearchDescription: {
      '@xmlns': 'http://a9.com/-/spec/opensearch/1.1/',
      ShortName: shortName,
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
