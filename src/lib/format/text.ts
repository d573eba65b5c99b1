// Short texts derived from an article: the description used in meta tags and feeds.

/** The text cut to at most `maxLength` characters on a word boundary, with `…` when something was cut. */
export function excerpt(text: string, maxLength = 160): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s،,.:;؛-]+$/, '')}…`;
}
