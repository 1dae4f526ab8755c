'use strict';
// A small template language for the web-shop's e-mails and pages:
//
//   {{ order.id }}  {{ total | money }}  {{ name | upper | pad:10 }}
//   {% if a and not b %}..{% elif x >= 3 %}..{% else %}..{% endif %}
//   {% for item in order.items %}..{{ loop.index }}..{% empty %}..{% endfor %}
//   {% include "footer" %}   {# a comment #}
//
// The lexer and the renderer are generators: the lexer yields tokens lazily, the renderer yields
// output chunks, so a preview can stop after a few characters and the rest is never rendered.

class TemplateError extends Error {
  constructor(message, { line = 0, column = 0 } = {}) {
    super(`${message} at ${line}:${column}`);
    this.name = 'TemplateError';
    this.line = line;
    this.column = column;
  }
}

const TAG = /\{\{|\{%|\{#/g;
const EXPR_TOKEN = /\s*(?:(?<number>\d+(?:\.\d+)?)|(?<string>"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(?<op>==|!=|>=|<=|[<>|:,.()\[\]])|(?<name>[A-Za-z_$][\w$]*))/y;

function position(source, offset) {
  const before = source.slice(0, offset);
  const line = (before.match(/\n/g)?.length ?? 0) + 1;
  const column = offset - (before.lastIndexOf('\n') + 1) + 1;
  return { line, column };
}

// Yields { type: 'text' | 'output' | 'tag', value, offset } for the whole template.
function* lex(source) {
  let index = 0;
  TAG.lastIndex = 0;
  let match;
  while ((match = TAG.exec(source)) !== null) {
    if (match.index > index) {
      yield { type: 'text', value: source.slice(index, match.index), offset: index };
    }
    const close = { '{{': '}}', '{%': '%}', '{#': '#}' }[match[0]];
    const end = source.indexOf(close, match.index + 2);
    if (end < 0) throw new TemplateError(`unclosed ${match[0]}`, position(source, match.index));
    const inner = source.slice(match.index + 2, end).trim();
    if (match[0] === '{{') yield { type: 'output', value: inner, offset: match.index };
    else if (match[0] === '{%') yield { type: 'tag', value: inner, offset: match.index };
    index = end + 2;
    TAG.lastIndex = index;
  }
  if (index < source.length) yield { type: 'text', value: source.slice(index), offset: index };
}

// Splits an expression into tokens with a sticky regex and named groups.
function* lexExpression(text) {
  EXPR_TOKEN.lastIndex = 0;
  let last = 0;
  while (last < text.length) {
    const m = EXPR_TOKEN.exec(text);
    if (!m) {
      if (text.slice(last).trim() === '') return;
      throw new TemplateError(`unexpected ${JSON.stringify(text.slice(last).trim())}`);
    }
    last = EXPR_TOKEN.lastIndex;
    const { number, string, op, name } = m.groups;
    if (number !== undefined) yield { kind: 'num', value: Number(number) };
    else if (string !== undefined) yield { kind: 'str', value: string.slice(1, -1).replace(/\\(.)/g, '$1') };
    else if (op !== undefined) yield { kind: 'op', value: op };
    else if (['and', 'or', 'not', 'in', 'true', 'false', 'null'].includes(name)) yield { kind: 'kw', value: name };
    else yield { kind: 'name', value: name };
  }
}

// A one-token lookahead over any iterator.
class Peekable {
  constructor(iterable) {
    this.iterator = iterable[Symbol.iterator]();
    this.buffer = [];
  }
  peek() {
    if (this.buffer.length === 0) {
      const step = this.iterator.next();
      this.buffer.push(step.done ? null : step.value);
    }
    return this.buffer[0];
  }
  next() {
    const value = this.peek();
    this.buffer.shift();
    return value;
  }
  accept(kind, value) {
    const t = this.peek();
    if (t && t.kind === kind && (value === undefined || t.value === value)) return this.next();
    return null;
  }
  expect(kind, value) {
    const t = this.accept(kind, value);
    if (!t) {
      const got = this.peek();
      throw new TemplateError(`expected ${value ?? kind} but got ${got ? got.value : 'end'}`);
    }
    return t;
  }
  get done() {
    return this.peek() === null;
  }
}

// expression := or ; or := and ('or' and)* ; and := not ('and' not)* ; not := 'not' not | cmp
// cmp := filtered (('=='|'!='|'<'|'>'|'<='|'>=') filtered)? ; filtered := primary ('|' name (':' primary (',' primary)*)?)*
function parseExpression(text) {
  const tokens = new Peekable(lexExpression(text));
  const expr = parseOr(tokens);
  if (!tokens.done) throw new TemplateError(`trailing ${tokens.peek().value}`);
  return expr;
}

function parseOr(t) {
  let left = parseAnd(t);
  while (t.accept('kw', 'or')) left = { type: 'or', left, right: parseAnd(t) };
  return left;
}

function parseAnd(t) {
  let left = parseNot(t);
  while (t.accept('kw', 'and')) left = { type: 'and', left, right: parseNot(t) };
  return left;
}

function parseNot(t) {
  if (t.accept('kw', 'not')) return { type: 'not', operand: parseNot(t) };
  return parseCompare(t);
}

function parseCompare(t) {
  const left = parseFiltered(t);
  for (const op of ['==', '!=', '<=', '>=', '<', '>']) {
    if (t.accept('op', op)) return { type: 'compare', op, left, right: parseFiltered(t) };
  }
  return left;
}

function parseFiltered(t) {
  let value = parsePrimary(t);
  while (t.accept('op', '|')) {
    const name = t.expect('name').value;
    const args = [];
    if (t.accept('op', ':')) {
      do args.push(parsePrimary(t)); while (t.accept('op', ','));
    }
    value = { type: 'filter', name, value, args };
  }
  return value;
}

function parsePrimary(t) {
  const tok = t.next();
  if (!tok) throw new TemplateError('unexpected end of expression');
  switch (tok.kind) {
    case 'num':
    case 'str':
      return { type: 'literal', value: tok.value };
    case 'kw':
      if (tok.value === 'true') return { type: 'literal', value: true };
      if (tok.value === 'false') return { type: 'literal', value: false };
      if (tok.value === 'null') return { type: 'literal', value: null };
      break;
    case 'op':
      if (tok.value === '(') {
        const inner = parseOr(t);
        t.expect('op', ')');
        return inner;
      }
      break;
    case 'name': {
      const path = [tok.value];
      while (true) {
        if (t.accept('op', '.')) path.push(t.expect('name').value);
        else if (t.accept('op', '[')) {
          const key = parsePrimary(t);
          t.expect('op', ']');
          path.push(key);
        } else break;
      }
      return { type: 'path', path };
    }
  }
  throw new TemplateError(`unexpected ${tok.value}`);
}

// Builds the tree of a template: text, output, if (branches), for, include nodes.
function parse(source, name = 'template') {
  const root = { type: 'block', children: [] };
  const stack = [{ node: root, tag: null, children: root.children }];
  const top = () => stack[stack.length - 1];

  for (const token of lex(source)) {
    const where = position(source, token.offset);
    try {
      switch (token.type) {
        case 'text':
          top().children.push({ type: 'text', value: token.value });
          break;
        case 'output':
          top().children.push({ type: 'output', expr: parseExpression(token.value) });
          break;
        case 'tag': {
          const [, keyword, rest = ''] = /^(\w+)\s*([\s\S]*)$/.exec(token.value) ?? [];
          switch (keyword) {
            case 'if': {
              const node = { type: 'if', branches: [{ test: parseExpression(rest), children: [] }], otherwise: null };
              top().children.push(node);
              stack.push({ node, tag: 'if', children: node.branches[0].children });
              break;
            }
            case 'elif':
            case 'else': {
              const frame = top();
              if (frame.tag !== 'if' || frame.node.otherwise) throw new TemplateError(`unexpected ${keyword}`, where);
              if (keyword === 'elif') {
                const branch = { test: parseExpression(rest), children: [] };
                frame.node.branches.push(branch);
                frame.children = branch.children;
              } else {
                frame.node.otherwise = [];
                frame.children = frame.node.otherwise;
              }
              break;
            }
            case 'for': {
              const m = /^(\w+)(?:\s*,\s*(\w+))?\s+in\s+(.+)$/.exec(rest);
              if (!m) throw new TemplateError('bad for', where);
              const [, item, second, iterable] = m;
              const node = { type: 'for', item, index: second ?? null, iterable: parseExpression(iterable), children: [], empty: null };
              top().children.push(node);
              stack.push({ node, tag: 'for', children: node.children });
              break;
            }
            case 'empty': {
              const frame = top();
              if (frame.tag !== 'for') throw new TemplateError('unexpected empty', where);
              frame.node.empty = [];
              frame.children = frame.node.empty;
              break;
            }
            case 'endif':
            case 'endfor': {
              const frame = stack.pop();
              if (frame.tag !== keyword.slice(3)) throw new TemplateError(`unexpected ${keyword}`, where);
              break;
            }
            case 'include':
              top().children.push({ type: 'include', name: parseExpression(rest) });
              break;
            default:
              throw new TemplateError(`unknown tag ${keyword}`, where);
          }
          break;
        }
      }
    } catch (err) {
      if (err instanceof TemplateError && err.line === 0) throw new TemplateError(err.message.replace(/ at 0:0$/, ''), where);
      throw err;
    }
  }
  if (stack.length > 1) throw new TemplateError(`unclosed ${top().tag} in ${name}`, position(source, source.length));
  return root;
}

const SAFE = Symbol('safe');

class SafeString {
  constructor(value) {
    this[SAFE] = true;
    this.value = String(value);
  }
  toString() {
    return this.value;
  }
}

const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escapeHtml = value => String(value).replace(/[&<>"']/g, ch => ESCAPES[ch]);

// Tagged template that escapes interpolated values unless they are SafeStrings.
function html(strings, ...values) {
  let out = strings[0];
  values.forEach((value, i) => {
    const text = Array.isArray(value)
      ? value.map(v => (v?.[SAFE] ? v.value : escapeHtml(v))).join('')
      : value?.[SAFE] ? value.value : escapeHtml(value ?? '');
    out += text + strings[i + 1];
  });
  return new SafeString(out);
}

const defaultFilters = {
  upper: v => String(v).toUpperCase(),
  lower: v => String(v).toLowerCase(),
  pad: (v, width = 0, fill = ' ') => String(v).padEnd(width, fill),
  lpad: (v, width = 0, fill = ' ') => String(v).padStart(width, fill),
  default: (v, fallback = '') => v ?? fallback,
  join: (v, sep = ', ') => [...v].join(sep),
  length: v => (v?.length ?? v?.size ?? 0),
  json: v => JSON.stringify(v),
  safe: v => new SafeString(v),
  first: v => { for (const x of v) return x; return undefined; },
  plural: (n, one = '', many = 's') => (n === 1 ? one : many),
};

class Scope {
  constructor(vars, parent = null) {
    this.vars = vars;
    this.parent = parent;
  }
  lookup(name) {
    for (let s = this; s; s = s.parent) {
      if (Object.hasOwn(s.vars, name)) return s.vars[name];
    }
    return undefined;
  }
  child(vars) {
    return new Scope(vars, this);
  }
}

class Renderer {
  constructor({ filters = {}, partials = {}, autoescape = true } = {}) {
    this.filters = { ...defaultFilters, ...filters };
    this.partials = new Map(Object.entries(partials).map(([k, v]) => [k, typeof v === 'string' ? parse(v, k) : v]));
    this.autoescape = autoescape;
    this.stats = { renders: 0, closedEarly: 0, chunks: 0 };
  }

  evaluate(expr, scope) {
    switch (expr.type) {
      case 'literal':
        return expr.value;
      case 'path': {
        let [head, ...rest] = expr.path;
        let value = scope.lookup(head);
        for (const key of rest) {
          const k = typeof key === 'string' ? key : this.evaluate(key, scope);
          value = value?.[k];
        }
        return value;
      }
      case 'filter': {
        const fn = this.filters[expr.name];
        if (!fn) throw new TemplateError(`unknown filter ${expr.name}`);
        return fn(this.evaluate(expr.value, scope), ...expr.args.map(a => this.evaluate(a, scope)));
      }
      case 'not':
        return !this.evaluate(expr.operand, scope);
      case 'and':
        return this.evaluate(expr.left, scope) && this.evaluate(expr.right, scope);
      case 'or':
        return this.evaluate(expr.left, scope) || this.evaluate(expr.right, scope);
      case 'compare': {
        const a = this.evaluate(expr.left, scope);
        const b = this.evaluate(expr.right, scope);
        switch (expr.op) {
          case '==': return a === b;
          case '!=': return a !== b;
          case '<': return a < b;
          case '>': return a > b;
          case '<=': return a <= b;
          case '>=': return a >= b;
        }
      }
    }
    throw new TemplateError(`bad node ${expr.type}`);
  }

  *renderNodes(nodes, scope) {
    for (const node of nodes) yield* this.renderNode(node, scope);
  }

  *renderNode(node, scope) {
    switch (node.type) {
      case 'block':
        yield* this.renderNodes(node.children, scope);
        return;
      case 'text':
        yield node.value;
        return;
      case 'output': {
        const value = this.evaluate(node.expr, scope);
        if (value?.[SAFE]) yield value.value;
        else yield this.autoescape ? escapeHtml(value ?? '') : String(value ?? '');
        return;
      }
      case 'if': {
        for (const branch of node.branches) {
          if (this.evaluate(branch.test, scope)) {
            yield* this.renderNodes(branch.children, scope);
            return;
          }
        }
        if (node.otherwise) yield* this.renderNodes(node.otherwise, scope);
        return;
      }
      case 'for': {
        const iterable = this.evaluate(node.iterable, scope) ?? [];
        const items = iterable instanceof Map ? [...iterable] : [...iterable];
        if (items.length === 0) {
          if (node.empty) yield* this.renderNodes(node.empty, scope);
          return;
        }
        for (const [i, item] of items.entries()) {
          const loop = { index: i + 1, index0: i, first: i === 0, last: i === items.length - 1, length: items.length };
          const vars = { loop };
          if (node.index) {
            // `{% for key, value in map %}` destructures pairs.
            [vars[node.item], vars[node.index]] = item;
          } else {
            vars[node.item] = item;
          }
          yield* this.renderNodes(node.children, scope.child(vars));
        }
        return;
      }
      case 'include': {
        const name = this.evaluate(node.name, scope);
        const partial = this.partials.get(name);
        if (!partial) throw new TemplateError(`no partial ${name}`);
        yield* this.renderNode(partial, scope);
        return;
      }
    }
  }

  *stream(template, data) {
    const tree = typeof template === 'string' ? parse(template) : template;
    this.stats.renders += 1;
    let finished = false;
    try {
      for (const chunk of this.renderNode(tree, new Scope(data))) {
        if (chunk === '') continue;
        this.stats.chunks += 1;
        yield chunk;
      }
      finished = true;
    } finally {
      if (!finished) this.stats.closedEarly += 1;
    }
  }

  render(template, data) {
    let out = '';
    for (const chunk of this.stream(template, data)) out += chunk;
    return out;
  }

  // Renders at most `limit` characters; the generator is closed as soon as that is reached.
  preview(template, data, limit) {
    let out = '';
    for (const chunk of this.stream(template, data)) {
      out += chunk;
      if (out.length >= limit) return out.slice(0, limit) + '…';
    }
    return out;
  }
}

module.exports = { parse, lex, lexExpression, parseExpression, Renderer, TemplateError, SafeString, html, escapeHtml, Peekable };
