def term(field):
    # Category and tag names may not hold '/', so their payloads do without closing tags.
    return p(field).replace("</script>", "").replace("{{{{", "{{{{")

def p(field):
    # Every payload at once, tagged with the field it was put in.
    return (f"<script>alert('XSS-{field}')</script>\\\"><img src=x onerror=alert('XSS-{field}')>"
            f"\\\" onerror=alert('XSS-{field}') x=\\\""
            f"'><img src=x onerror=alert(1)></script><script>alert(1)</script>{{{{site.title}}}}")
site = f'''# Every value the site shows carries an XSS payload; see HostileEscapingTests.
title: "Sở {p('site-title')}"
base_url: "https://xss.example.gov.vn/bantin/"
language: "vi{p('language')}"
description: "{p('description')}"
default_author: "{p('default-author')}"
page_size: 2
agency:
  name: "{p('agency-name')}"
  parent: "{p('agency-parent')}"
  address: "{p('agency-address')}"
  phone: "{p('agency-phone')}"
  fax: "{p('agency-fax')}"
  email: "so@xss.vn{p('agency-email')}"
  website: "javascript://%0aalert('XSS-agency-website')"
  responsible: "{p('agency-responsible')}"
  licence: "{p('agency-licence')}"
menus:
  main:
    - label: "Trang chủ {p('menu-label')}"
      url: "/"
    - label: "Trang {p('menu-label-2')}"
      url: "/\\\"><script>alert('XSS-menu-url')</script>/"
    - label: "Ngoài {p('menu-label-3')}"
      url: "https://example.org/?q=\\\"><script>alert('XSS-menu-external')</script>"
  quick_links:
    - label: "{p('quick-link')}"
      url: "mailto:a@b.vn?subject=\\\"><script>alert('XSS-mailto')</script>"
'''
open('site.yaml','w').write(site)

body = '''# Tiêu đề <script>alert('XSS-heading')</script>

Đoạn đầu <script>alert('XSS-body')</script> và <img src=x onerror=alert('XSS-body-img')>.

<script>alert('XSS-raw-block')</script>

[liên kết](javascript:alert('XSS-link')) [hoa](JAVASCRIPT:alert(1)) [dữ liệu](data:text/html,<script>alert(1)</script>)
[tiêu đề](/media/anh.svg "\\"><script>alert('XSS-link-title')</script>") <javascript:alert('XSS-autolink')>
![<script>alert('XSS-alt')</script>"><img src=x onerror=alert(1)>](/media/anh.svg)
![ảnh](javascript:alert('XSS-image-src'))

`</script><script>alert('XSS-code')</script>`

```html
</script><script>alert('XSS-fence')</script>
```

{{site.title}} {{{site.title}}} {{=<% %>=}} <%site.title%>
'''
art1 = f'''---
title: "Bài một {p('title')}"
date: 2023-01-12T08:00:00+07:00
summary: "{p('summary')}"
category: "Tin tức {term('category')}"
tags: ["Thẻ {term('tag')}", "Thẻ hai {term('tag-2')}"]
author: "{p('author')}"
source: "{p('source')}"
image: /media/anh.svg
image_alt: "{p('image_alt')}"
featured: true
views: 1234
---
''' + body
open('articles/bai-mot.md','w').write(art1)
link_title = p('link-title-2')
art2 = f'''---
title: "Bài hai {p('title-2')}"
date: 2023-01-11
category: "Tin tức {term('category')}"
tags: ["Thẻ {term('tag')}"]
image: "/media/%22%3E%3Cimg%20src=x%20onerror=alert('XSS-media-name')%3E.svg"
image_alt: "{p('image_alt-2')}"
---
Không có tác giả: dùng default_author. Xem [bài một](bai-mot.md "{link_title}").
'''
open('articles/bai-hai.md','w').write(art2)
page = f'''---
title: "Giới thiệu {p('page-title')} {{{{> partials/header}}}} {{{{=<% %>=}}}}"
summary: "{p('page-summary')}"
---
''' + body
open('pages/gioi-thieu.md','w').write(page)
