// A JSON-schema-like validator: type (incl. unions and integer), required, properties,
// additionalProperties, patternProperties, pattern, minLength/maxLength, minimum/maximum,
// exclusiveMinimum, enum, const, items (schema or tuple), minItems, uniqueItems, oneOf/anyOf/allOf/not,
// $ref to definitions, format (email, date, uri). Errors carry JSON-pointer paths.
function typeOf(v) {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}
function pointer(path) { return '/' + path.map(function (p) { return String(p).replace(/~/g, '~0').replace(/\//g, '~1'); }).join('/'); }
var formats = {
  email: /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i,
  date: /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/,
  uri: /^[a-z][a-z0-9+.-]*:\/\/[^\s]+$/i
};
function deepEqual(a, b) { return JSON.stringify(a) === JSON.stringify(b); }

function validate(schema, value, root, path, errors) {
  root = root || schema; path = path || []; errors = errors || [];
  function fail(keyword, message) { errors.push({ path: pointer(path), keyword: keyword, message: message }); }
  if (schema.$ref) {
    var name = schema.$ref.replace(/^#\/definitions\//, '');
    if (!root.definitions || !root.definitions[name]) { fail('$ref', 'unknown reference ' + schema.$ref); return errors; }
    return validate(root.definitions[name], value, root, path, errors);
  }
  var t = typeOf(value);
  if (schema.type) {
    var allowed = [].concat(schema.type);
    var ok = allowed.some(function (a) { return a === t || (a === 'number' && t === 'integer'); });
    if (!ok) { fail('type', 'expected ' + allowed.join('|') + ', got ' + t); return errors; }
  }
  if ('const' in schema && !deepEqual(schema.const, value)) fail('const', 'must equal ' + JSON.stringify(schema.const));
  if (schema.enum && !schema.enum.some(function (e) { return deepEqual(e, value); })) fail('enum', 'must be one of ' + JSON.stringify(schema.enum));
  if (t === 'string') {
    if (schema.minLength !== undefined && Array.from(value).length < schema.minLength) fail('minLength', 'shorter than ' + schema.minLength);
    if (schema.maxLength !== undefined && Array.from(value).length > schema.maxLength) fail('maxLength', 'longer than ' + schema.maxLength);
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) fail('pattern', 'does not match ' + schema.pattern);
    if (schema.format && formats[schema.format] && !formats[schema.format].test(value)) fail('format', 'not a valid ' + schema.format);
  }
  if (t === 'number' || t === 'integer') {
    if (schema.minimum !== undefined && value < schema.minimum) fail('minimum', 'less than ' + schema.minimum);
    if (schema.maximum !== undefined && value > schema.maximum) fail('maximum', 'greater than ' + schema.maximum);
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) fail('exclusiveMinimum', 'not greater than ' + schema.exclusiveMinimum);
    if (schema.multipleOf !== undefined && Math.abs(value / schema.multipleOf - Math.round(value / schema.multipleOf)) > 1e-9) fail('multipleOf', 'not a multiple of ' + schema.multipleOf);
  }
  if (t === 'array') {
    if (schema.minItems !== undefined && value.length < schema.minItems) fail('minItems', 'fewer than ' + schema.minItems + ' items');
    if (schema.uniqueItems) {
      var seen = new Set();
      value.forEach(function (item, i) { var key = JSON.stringify(item); if (seen.has(key)) { path.push(i); fail('uniqueItems', 'duplicate item'); path.pop(); } seen.add(key); });
    }
    if (Array.isArray(schema.items)) {
      schema.items.forEach(function (s, i) { if (i < value.length) { path.push(i); validate(s, value[i], root, path, errors); path.pop(); } });
    } else if (schema.items) {
      value.forEach(function (item, i) { path.push(i); validate(schema.items, item, root, path, errors); path.pop(); });
    }
  }
  if (t === 'object') {
    (schema.required || []).forEach(function (k) { if (!Object.prototype.hasOwnProperty.call(value, k)) fail('required', 'missing property ' + JSON.stringify(k)); });
    var props = schema.properties || {};
    Object.keys(value).forEach(function (k) {
      var matched = false;
      if (Object.prototype.hasOwnProperty.call(props, k)) { matched = true; path.push(k); validate(props[k], value[k], root, path, errors); path.pop(); }
      Object.keys(schema.patternProperties || {}).forEach(function (p) {
        if (new RegExp(p).test(k)) { matched = true; path.push(k); validate(schema.patternProperties[p], value[k], root, path, errors); path.pop(); }
      });
      if (!matched && schema.additionalProperties === false) { path.push(k); fail('additionalProperties', 'unexpected property'); path.pop(); }
      else if (!matched && typeof schema.additionalProperties === 'object') { path.push(k); validate(schema.additionalProperties, value[k], root, path, errors); path.pop(); }
    });
  }
  function countValid(list) { return list.filter(function (s) { return validate(s, value, root, path.slice(), []).length === 0; }).length; }
  if (schema.allOf) schema.allOf.forEach(function (s) { validate(s, value, root, path, errors); });
  if (schema.anyOf && countValid(schema.anyOf) === 0) fail('anyOf', 'matches none of the alternatives');
  if (schema.oneOf) { var n = countValid(schema.oneOf); if (n !== 1) fail('oneOf', 'matches ' + n + ' alternatives, expected exactly one'); }
  if (schema.not && validate(schema.not, value, root, path.slice(), []).length === 0) fail('not', 'must not match');
  return errors;
}

var schema = {
  definitions: {
    address: { type: 'object', required: ['city'], properties: { city: { type: 'string', minLength: 2 }, zip: { type: 'string', pattern: '^\\d{5}$' } }, additionalProperties: false },
    tag: { type: 'string', pattern: '^[a-z][a-z0-9-]*$', maxLength: 12 }
  },
  type: 'object',
  required: ['id', 'name', 'email'],
  properties: {
    id: { type: 'integer', minimum: 1 },
    name: { type: 'string', minLength: 1, maxLength: 20 },
    email: { type: 'string', format: 'email' },
    born: { type: 'string', format: 'date' },
    site: { type: ['string', 'null'], format: 'uri' },
    score: { type: 'number', exclusiveMinimum: 0, maximum: 100, multipleOf: 0.5 },
    role: { enum: ['admin', 'user', 'guest'] },
    kind: { const: 'person' },
    address: { $ref: '#/definitions/address' },
    tags: { type: 'array', items: { $ref: '#/definitions/tag' }, uniqueItems: true, minItems: 1 },
    point: { type: 'array', items: [{ type: 'number' }, { type: 'number' }] },
    contact: { oneOf: [{ type: 'object', required: ['phone'] }, { type: 'object', required: ['fax'] }] },
    code: { anyOf: [{ type: 'integer' }, { type: 'string', pattern: '^[A-Z]{3}$' }] },
    nick: { not: { const: 'root' } }
  },
  patternProperties: { '^x-': { type: 'string' } },
  additionalProperties: false
};

var documents = [
  { id: 1, name: 'Ada', email: 'ada@example.org', born: '1815-12-10', site: null, score: 99.5, role: 'admin', kind: 'person', address: { city: 'London', zip: '12345' }, tags: ['math', 'poet-2'], point: [1, 2.5], contact: { phone: '1' }, code: 'ABC', 'x-note': 'ok' },
  { id: 0, name: '', email: 'not-an-email', born: '1815-13-40', site: 'ftp:/bad', score: 0, role: 'owner', kind: 'robot', address: { city: 'L', zip: '1234', planet: 'Earth' }, tags: ['Bad Tag', 'ok', 'ok'], point: ['1', 2], contact: { phone: 1, fax: 2 }, code: 'abcd', nick: 'root', 'x-num': 5, extra: true },
  { name: 'Grace', email: 'grace@navy.mil', tags: [], id: 2.5 },
  'not an object',
  { id: 3, name: 'Émile 😀', email: 'e@x.fr', score: 33.3, code: 42 }
];
documents.forEach(function (doc, i) {
  var errors = validate(schema, doc);
  console.log('document ' + i + ': ' + (errors.length ? errors.length + ' error(s)' : 'valid'));
  errors.forEach(function (e) { console.log('  ' + e.path + ' [' + e.keyword + '] ' + e.message); });
});
console.log(JSON.stringify(validate({ $ref: '#/definitions/nope' }, 1)));
