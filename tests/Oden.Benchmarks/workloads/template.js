// A template renderer in the style of Mustache/Handlebars: a template string with {{path}} (escaped),
// {{{path}}} (raw), {{#each list}}…{{else}}…{{/each}}, {{#if value}}…{{else}}…{{/if}}, {{@index}},
// {{this}} and {{! comments }} is parsed once into a tree of node objects, then rendered many times
// against different data, with HTML escaping. The checksum folds the rendered pages.
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = (value) => String(value).replace(/[&<>"']/g, (ch) => ESCAPES[ch]);

class Scope {
  constructor(data, parent = null, index = 0) {
    this.data = data;
    this.parent = parent;
    this.index = index;
  }

  /** Resolves a dotted path: the first name is looked up outwards through enclosing scopes. */
  lookup(path) {
    const [head, ...rest] = path;
    if (head === 'this') return rest.reduce((value, key) => value?.[key], this.data);
    if (head === '@index') return this.index;
    let scope = this;
    while (scope !== null && (scope.data === null || typeof scope.data !== 'object' || !(head in scope.data))) {
      scope = scope.parent;
    }
    if (scope === null) return undefined;
    let value = scope.data[head];
    for (const key of rest) value = value?.[key];
    return value;
  }
}

class TextNode {
  constructor(text) { this.text = text; }
  render(scope, out) { out.push(this.text); }
}

class ValueNode {
  constructor(path, escape) {
    this.path = path;
    this.escape = escape;
  }

  render(scope, out) {
    const value = scope.lookup(this.path);
    if (value === undefined || value === null) return;
    out.push(this.escape ? escapeHtml(value) : String(value));
  }
}

const isTruthy = (value) => (Array.isArray(value) ? value.length > 0 : Boolean(value));

class SectionNode {
  constructor(kind, path) {
    this.kind = kind;
    this.path = path;
    this.body = [];
    this.otherwise = [];
  }

  render(scope, out) {
    const value = scope.lookup(this.path);
    if (this.kind === 'if') {
      renderAll(isTruthy(value) ? this.body : this.otherwise, scope, out);
    } else if (Array.isArray(value) && value.length > 0) {
      value.forEach((item, index) => renderAll(this.body, new Scope(item, scope, index), out));
    } else {
      renderAll(this.otherwise, scope, out);
    }
  }
}

function renderAll(nodes, scope, out) {
  for (const node of nodes) node.render(scope, out);
}

class TemplateError extends Error {}

function parse(source) {
  const root = { body: [] };
  const stack = [];
  let target = root.body;
  let position = 0;
  const splitPath = (text) => (text === '.' ? ['this'] : text.split('.'));
  while (position < source.length) {
    const open = source.indexOf('{{', position);
    if (open < 0) {
      target.push(new TextNode(source.slice(position)));
      break;
    }
    if (open > position) target.push(new TextNode(source.slice(position, open)));
    const raw = source.startsWith('{{{', open);
    const close = source.indexOf(raw ? '}}}' : '}}', open);
    if (close < 0) throw new TemplateError(`unclosed tag at ${open}`);
    const tag = source.slice(open + (raw ? 3 : 2), close).trim();
    position = close + (raw ? 3 : 2);
    const sigil = tag[0];
    if (raw) {
      target.push(new ValueNode(splitPath(tag), false));
    } else if (sigil === '!') {
      continue;
    } else if (sigil === '#') {
      const [kind, path] = tag.slice(1).split(/\s+/);
      if (kind !== 'each' && kind !== 'if') throw new TemplateError(`unknown block ${kind}`);
      const section = new SectionNode(kind, splitPath(path));
      target.push(section);
      stack.push({ section, inElse: false });
      target = section.body;
    } else if (tag === 'else') {
      const top = stack.at(-1);
      if (!top || top.inElse) throw new TemplateError('else outside a block');
      top.inElse = true;
      target = top.section.otherwise;
    } else if (sigil === '/') {
      const top = stack.pop();
      if (!top || top.section.kind !== tag.slice(1)) throw new TemplateError(`unexpected {{${tag}}}`);
      const parent = stack.at(-1);
      target = parent === undefined ? root.body : parent.inElse ? parent.section.otherwise : parent.section.body;
    } else {
      target.push(new ValueNode(splitPath(tag), true));
    }
  }
  if (stack.length > 0) throw new TemplateError(`unclosed {{#${stack.at(-1).section.kind}}}`);
  return {
    render(data) {
      const out = [];
      renderAll(root.body, new Scope(data), out);
      return out.join('');
    },
  };
}

const PAGE = `<!doctype html>
<html><head><title>{{title}}</title></head>
<body>
{{! the header shows the signed-in user, if any }}
<header>{{#if user}}Signed in as <b>{{user.name}}</b> ({{user.email}}){{else}}<a href="/login">Sign in</a>{{/if}}</header>
<h1>{{title}}</h1>
{{{banner}}}
<table class="orders">
{{#each orders}}  <tr class="{{#if paid}}paid{{else}}due{{/if}}"><td>{{@index}}</td><td>#{{id}}</td><td>{{customer.name}}</td>
    <td><ul>{{#each items}}<li>{{name}} × {{qty}} @ {{price}}{{#if note}} <i>{{note}}</i>{{/if}}</li>{{/each}}</ul></td>
    <td>{{total}} {{currency}}</td><td>{{#each tags}}<span>{{.}}</span>{{else}}-{{/each}}</td></tr>
{{else}}  <tr><td colspan="6">No orders for {{user.name}}</td></tr>
{{/each}}</table>
<footer>{{footer.text}} &middot; {{footer.year}}</footer>
</body></html>`;

function makeData(seed) {
  const names = ['Ada', 'Grace', 'Linus', "O'Brien", 'Zoë', 'Tim <admin>', 'Barbara & co', 'Ken'];
  const products = ['Widget', 'Gadget "pro"', 'Doohickey', 'Sprocket', 'Flange <XL>', 'Gizmo'];
  const orders = [];
  const count = seed % 5 === 0 ? 0 : 8 + (seed % 7);
  for (let i = 0; i < count; i++) {
    const items = [];
    for (let j = 0; j < 1 + ((seed + i) % 4); j++) {
      const qty = 1 + ((i * 7 + j * 3 + seed) % 5);
      items.push({ name: products[(i + j + seed) % products.length], qty, price: (qty * 3.25).toFixed(2), note: j === 1 ? 'gift & wrap' : null });
    }
    orders.push({
      id: seed * 1000 + i,
      paid: (i + seed) % 3 !== 0,
      customer: { name: names[(i * 3 + seed) % names.length] },
      items,
      total: items.reduce((sum, item) => sum + item.qty * 3.25, 0).toFixed(2),
      tags: i % 4 === 0 ? [] : ['new', i % 2 ? 'rush' : 'bulk'],
    });
  }
  return {
    title: `Orders <page ${seed}>`,
    user: seed % 4 === 3 ? null : { name: names[seed % names.length], email: `user${seed}@example.com` },
    banner: seed % 2 ? '<div class="banner">Sale!</div>' : '',
    orders,
    currency: 'EUR',
    footer: { text: 'Oden & friends', year: 2026 },
  };
}

function run() {
  const template = parse(PAGE);
  let checksum = 0;
  for (let seed = 0; seed < 30; seed++) {
    const html = template.render(makeData(seed));
    checksum = (checksum * 31 + html.length) % 1000000007;
    for (let i = 0; i < html.length; i += 13) checksum = (checksum * 31 + html.charCodeAt(i)) % 1000000007;
  }
  return checksum;
}
