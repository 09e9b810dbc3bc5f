import os

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

# Score data: unit names, index, group, band and component names carry payloads too.
def csv_field(text):
    return '"' + text.replace('\\"', '"').replace('"', '""') + '"'

os.makedirs('scores/chi-so-xss', exist_ok=True)
units = 'id,name,short_name,group\n'
units += 'don-vi-a,' + csv_field('Đơn vị A ' + p('unit-name')) + ',' + csv_field('A ' + p('unit-short')) + ',khoi-a\n'
units += 'don-vi-b,' + csv_field('Đơn vị B ' + p('unit-name-2')) + ',B,khoi-a\n'
# A name a spreadsheet would run as a formula in the CSV downloads.
formula = '=HYPERLINK("https://x.invalid/","XSS-formula")'
units += 'don-vi-c,' + csv_field(formula) + ',' + csv_field('+cmd|' + "' /C calc'!A0") + ',khoi-a\n'
open('scores/units.csv', 'w').write(units)
index = f'''name: "Chỉ số {p('index-name')}"
short_name: "CS {p('index-short')}"
max: 100
unit: "điểm"
groups:
  khoi-a: "Khối {p('group-name')}"
bands:
  - {{name: "Tốt {p('band-name')}", min: 50}}
  - {{name: "Chưa tốt", min: 0}}
components:
  - {{id: c1, name: "Lĩnh vực {p('component-name')}", max: 60}}
  - {{id: c2, name: "Lĩnh vực hai", max: 40}}
note: "{p('index-note')}"
'''
open('scores/chi-so-xss/index.yaml', 'w').write(index)
for year, a, b in [(2021, ('50.5', '30', '20.5'), ('40', '25', '15')), (2022, ('80.25', '50', '30.25'), ('60', '35', '25'))]:
    rows = 'unit,name,c1,c2,total\n'
    rows += 'don-vi-a,' + csv_field('Đơn vị A ' + p('unit-name')) + f',{a[1]},{a[2]},{a[0]}\n'
    rows += 'don-vi-b,' + csv_field('Đơn vị B ' + p('unit-name-2')) + f',{b[1]},{b[2]},{b[0]}\n'
    rows += 'don-vi-c,' + csv_field(formula) + ',20,10,30\n'
    open(f'scores/chi-so-xss/{year}.csv', 'w').write(rows)
with open('articles/bai-mot.md', 'a') as f:
    f.write('\n{{< score-table index="chi-so-xss" year="2022" >}}\n\n{{< score-summary index="chi-so-xss" year="2022" >}}\n\n{{< score-chart index="chi-so-xss" year="2022" group="khoi-a" >}}\n')
