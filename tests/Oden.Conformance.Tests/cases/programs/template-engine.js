// A small mustache-like template engine: {{var}} (escaped), {{{raw}}}, {{&raw}}, dotted names,
// sections {{#list}}…{{/list}} over arrays, objects and booleans, inverted sections {{^x}}, lambdas,
// partials {{> name}}, comments {{! … }} and the implicit iterator {{.}}. Templates are parsed once into
// a token tree and rendered against a context stack.
var escapeMap = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '/': '&#x2F;', '`': '&#x60;', '=': '&#x3D;' };
function escapeHtml(s) {
  return String(s).replace(/[&<>"'`=\/]/g, function (c) { return escapeMap[c]; });
}

function tokenize(template) {
  var tokens = [];
  var re = /\{\{(\{)?([#^\/>!&]?)\s*([^}]*?)\s*\}?\}\}/g;
  var last = 0, m;
  while ((m = re.exec(template)) !== null) {
    if (m.index > last) tokens.push({ type: 'text', value: template.slice(last, m.index) });
    var kind = m[1] ? '&' : m[2] || 'name';
    if (kind !== '!') tokens.push({ type: kind, value: m[3], start: m.index, end: re.lastIndex });
    last = re.lastIndex;
  }
  if (last < template.length) tokens.push({ type: 'text', value: template.slice(last) });
  return tokens;
}

function nest(tokens) {
  var root = [], stack = [], current = root;
  tokens.forEach(function (token) {
    if (token.type === '#' || token.type === '^') {
      token.children = [];
      current.push(token);
      stack.push({ token: token, parent: current });
      current = token.children;
    } else if (token.type === '/') {
      var open = stack.pop();
      if (!open || open.token.value !== token.value) throw new SyntaxError('Unclosed section ' + (open ? open.token.value : token.value));
      current = open.parent;
    } else {
      current.push(token);
    }
  });
  if (stack.length) throw new SyntaxError('Unclosed section ' + stack[stack.length - 1].token.value);
  return root;
}

function lookup(stack, name) {
  if (name === '.') return stack[stack.length - 1];
  var parts = name.split('.');
  for (var i = stack.length - 1; i >= 0; i--) {
    var ctx = stack[i];
    if (ctx !== null && typeof ctx === 'object' && parts[0] in ctx) {
      var value = ctx;
      for (var j = 0; j < parts.length && value != null; j++) value = value[parts[j]];
      return typeof value === 'function' ? value.call(ctx) : value;
    }
  }
  return undefined;
}

function render(tree, stack, partials) {
  var out = '';
  tree.forEach(function (token) {
    var value;
    switch (token.type) {
      case 'text': out += token.value; break;
      case 'name': value = lookup(stack, token.value); if (value != null) out += escapeHtml(value); break;
      case '&': value = lookup(stack, token.value); if (value != null) out += value; break;
      case '>': if (partials[token.value]) out += render(nest(tokenize(partials[token.value])), stack, partials); break;
      case '^':
        value = lookup(stack, token.value);
        if (!value || (Array.isArray(value) && value.length === 0)) out += render(token.children, stack, partials);
        break;
      case '#':
        value = lookup(stack, token.value);
        if (Array.isArray(value)) {
          value.forEach(function (item) { out += render(token.children, stack.concat([item]), partials); });
        } else if (value && typeof value === 'object') {
          out += render(token.children, stack.concat([value]), partials);
        } else if (value) {
          out += render(token.children, stack, partials);
        }
        break;
    }
  });
  return out;
}

var cache = new Map();
function compile(template) {
  if (!cache.has(template)) cache.set(template, nest(tokenize(template)));
  return cache.get(template);
}
function mustache(template, view, partials) { return render(compile(template), [view], partials || {}); }

var view = {
  title: 'Orders <2024>',
  customer: { name: 'Ada "The Countess" Lovelace', vip: true, address: { city: 'London' } },
  orders: [
    { id: 1, items: ['tea', 'scones'], total: 12.5, paid: true },
    { id: 2, items: [], total: 0, paid: false },
    { id: 3, items: ['jam'], total: 3.25, paid: true }
  ],
  empty: [],
  note: '<b>bold</b> & <i>raw</i>',
  count: function () { return this.orders.length; },
  currency: 'GBP'
};
var partials = {
  order: '#{{id}}: {{#items}}{{.}}{{/items}}{{^items}}(no items){{/items}} = {{total}} {{currency}}{{^paid}} UNPAID{{/paid}}',
  footer: '-- {{customer.name}} in {{customer.address.city}} --'
};
console.log(mustache('<h1>{{title}}</h1>', view));
console.log(mustache('{{#customer}}Dear {{name}}{{#vip}} (VIP){{/vip}}{{/customer}}, you have {{count}} orders.', view));
console.log(mustache('{{#orders}}\n  {{> order}}{{/orders}}', view, partials));
console.log(mustache('escaped: {{note}} | raw: {{{note}}} | amp: {{& note}}', view));
console.log(mustache('{{^empty}}nothing here{{/empty}}{{#empty}}never{{/empty}}{{! a comment }}', view));
console.log(mustache('{{missing}}|{{customer.missing.deep}}|{{#missing}}x{{/missing}}', view));
console.log(mustache('{{> footer}}', view, partials));
console.log(mustache('{{#orders}}{{#paid}}{{id}},{{/paid}}{{/orders}}', view));
['{{#a}}unclosed', '{{#a}}{{/b}}', '{{/a}}'].forEach(function (bad) {
  try { mustache(bad, {}); console.log('no error for', bad); } catch (e) { console.log(e.name, e.message); }
});
console.log('cache size', cache.size);
