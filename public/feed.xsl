<?xml version="1.0" encoding="UTF-8"?>
<!-- Shows an RSS feed opened in a browser as a readable RTL page instead of raw XML. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:atom="http://www.w3.org/2005/Atom">
  <xsl:output method="html" encoding="UTF-8" indent="yes"/>
  <xsl:template match="/">
    <html lang="ar" dir="rtl">
      <head>
        <meta charset="utf-8"/>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="rss/channel/title"/> · خلاصة RSS</title>
        <style>
          :root { color-scheme: light dark; font-family: 'Noto Naskh Arabic', Tahoma, serif; line-height: 1.8; }
          body { max-inline-size: 42rem; margin-inline: auto; padding: 1rem; }
          .about { padding: 0.75rem 1rem; border: 1px solid #8884; border-radius: 0.5rem; }
          code { unicode-bidi: isolate; direction: ltr; }
          li { margin-block-end: 1rem; }
        </style>
      </head>
      <body>
        <header>
          <h1><xsl:value-of select="rss/channel/title"/></h1>
          <p><xsl:value-of select="rss/channel/description"/></p>
          <p class="about">هذه خلاصة RSS. للاشتراك فيها انسخ عنوان هذه الصفحة
            (<code><xsl:value-of select="rss/channel/atom:link[@rel='self']/@href"/></code>)
            والصقه في تطبيق قراءة الخلاصات لديك.</p>
          <p><a href="{rss/channel/link}">زيارة الموقع</a></p>
        </header>
        <main>
          <h2>آخر المقالات</h2>
          <ul>
            <xsl:for-each select="rss/channel/item">
              <li>
                <a href="{link}"><xsl:value-of select="title"/></a>
                <br/><small><xsl:value-of select="category"/></small>
                <p><xsl:value-of select="description"/></p>
              </li>
            </xsl:for-each>
          </ul>
        </main>
      </body>
    </html>
  </xsl:template>
</xsl:stylesheet>
