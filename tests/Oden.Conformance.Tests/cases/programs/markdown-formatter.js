// A markdown-ish to HTML formatter: ATX and setext headings, paragraphs, emphasis/strong, inline code,
// links and images, autolinks, fenced code blocks with a language, block quotes, ordered/unordered and
// nested lists, horizontal rules, hard line breaks, and HTML escaping outside code. Inline rendering is
// a chain of regex replacements over placeholders so that code spans are never re-processed.
function escapeHtml(s) { return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'); }
function slug(text) { return text.toLowerCase().replace(/<[^>]+>/g, '').replace(/[^\w\s-]/g, '').trim().replace(/\s+/g, '-'); }

function inline(text) {
  var stash = [];
  function keep(html) { stash.push(html); return '\u0000' + (stash.length - 1) + '\u0000'; }
  text = text.replace(/(`+)([\s\S]*?[^`])\1(?!`)/g, function (m, ticks, code) { return keep('<code>' + escapeHtml(code.trim()) + '</code>'); });
  text = text.replace(/!\[([^\]]*)\]\(([^)\s]+)(?:\s+"([^"]*)")?\)/g, function (m, alt, src, title) {
    return keep('<img src="' + escapeHtml(src) + '" alt="' + escapeHtml(alt) + '"' + (title ? ' title="' + escapeHtml(title) + '"' : '') + '>');
  });
  text = text.replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, function (m, label, href) { return keep('<a href="' + escapeHtml(href) + '">') + label + keep('</a>'); });
  text = text.replace(/<(https?:\/\/[^>\s]+)>/g, function (m, url) { return keep('<a href="' + escapeHtml(url) + '">' + escapeHtml(url) + '</a>'); });
  text = escapeHtml(text);
  text = text.replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '<strong>$2</strong>');
  text = text.replace(/(\*|_)(?=\S)([\s\S]*?\S)\1(?!\w)/g, '<em>$2</em>');
  text = text.replace(/~~(?=\S)([\s\S]*?\S)~~/g, '<del>$1</del>');
  text = text.replace(/ {2,}\n/g, '<br>\n');
  return text.replace(/\u0000(\d+)\u0000/g, function (m, i) { return stash[+i]; });
}

function renderList(lines, start) {
  // lines: [{ indent, ordered, text }]; builds nested lists by indentation.
  var html = '', i = start, base = lines[start].indent, ordered = lines[start].ordered;
  html += ordered ? '<ol>' : '<ul>';
  while (i < lines.length && lines[i].indent >= base) {
    if (lines[i].indent > base) {
      var sub = renderList(lines, i);
      html = html.replace(/<\/li>$/, '') + sub.html + '</li>';
      i = sub.next;
      continue;
    }
    html += '<li>' + inline(lines[i].text) + '</li>';
    i++;
  }
  return { html: html + (ordered ? '</ol>' : '</ul>'), next: i };
}

function markdown(source) {
  var lines = source.replace(/\r\n?/g, '\n').split('\n');
  var out = [], i = 0, m;
  while (i < lines.length) {
    var line = lines[i];
    if (/^\s*$/.test(line)) { i++; continue; }
    if ((m = /^```\s*(\w*)\s*$/.exec(line))) {
      var code = [];
      for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) code.push(lines[i]);
      i++;
      out.push('<pre><code' + (m[1] ? ' class="language-' + m[1] + '"' : '') + '>' + escapeHtml(code.join('\n')) + '</code></pre>');
      continue;
    }
    if ((m = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line))) {
      var content = inline(m[2]);
      out.push('<h' + m[1].length + ' id="' + slug(content) + '">' + content + '</h' + m[1].length + '>');
      i++;
      continue;
    }
    if (/^(\*\s*){3,}$|^(-\s*){3,}$/.test(line)) { out.push('<hr>'); i++; continue; }
    if (/^>/.test(line)) {
      var quoted = [];
      while (i < lines.length && /^>/.test(lines[i])) quoted.push(lines[i++].replace(/^>\s?/, ''));
      out.push('<blockquote>' + markdown(quoted.join('\n')) + '</blockquote>');
      continue;
    }
    if (/^\s*([-*+]|\d+[.)])\s+/.test(line)) {
      var items = [];
      while (i < lines.length && (m = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(lines[i]))) {
        items.push({ indent: m[1].length, ordered: /\d/.test(m[2]), text: m[3] });
        i++;
      }
      out.push(renderList(items, 0).html);
      continue;
    }
    var para = [];
    while (i < lines.length && !/^\s*$/.test(lines[i]) && !/^(#|```|>|\s*([-*+]|\d+[.)])\s)/.test(lines[i])) {
      para.push(lines[i++]);
      if (i < lines.length && /^(=+|-+)\s*$/.test(lines[i])) break;
    }
    if (i < lines.length && (m = /^(=+|-+)\s*$/.exec(lines[i]))) {
      var level = m[1][0] === '=' ? 1 : 2, text = inline(para.join(' '));
      out.push('<h' + level + ' id="' + slug(text) + '">' + text + '</h' + level + '>');
      i++;
      continue;
    }
    out.push('<p>' + inline(para.join('\n')) + '</p>');
  }
  return out.join('\n');
}

var doc = [
  '# Oden *notes* #',
  '',
  'Setext title',
  '============',
  '',
  'Some **bold** and _emphasis_, `code <b>` and ``a ` tick``, ~~gone~~.  ',
  'A [link](https://example.com/a?b=1&c=2) and ![logo](/img.png "The logo"), <https://nodejs.org>.',
  '',
  '- one',
  '- two with *em*',
  '  - nested a',
  '  - nested b',
  '- three',
  '',
  '1. first',
  '2. second',
  '',
  '> quoted **text**',
  '> # quoted heading',
  '',
  '***',
  '',
  '```js',
  'if (a < b && c) { return "<tag>"; }',
  '```',
  '',
  'Sub title',
  '---------',
  'Tail with 5 * 3 = 15 and snake_case_name.'
].join('\n');
console.log(markdown(doc));
