// Prints the own property table of builtin objects: sorted string keys, then symbols, each with its
// attributes (W/E/C uppercase when set, '-' for accessors) and, for functions, name/length.
// Keys that node 20 has beyond ES2023 or as V8 extensions are skipped.
var skip = { isWellFormed: 1, toWellFormed: 1, resize: 1, resizable: 1, maxByteLength: 1, transfer: 1, transferToFixedLength: 1, detached: 1, dispose: 1, asyncDispose: 1, groupBy: 1, withResolvers: 1, prepareStackTrace: 1, arguments: 1, caller: 1, getBigInt64: 1, getBigUint64: 1, setBigInt64: 1, setBigUint64: 1 };
function fl(d) { return (d.writable === undefined ? '-' : d.writable ? 'W' : 'w') + (d.enumerable ? 'E' : 'e') + (d.configurable ? 'C' : 'c'); }
function entry(o, k) {
  var d = Object.getOwnPropertyDescriptor(o, k);
  var s = (typeof k === 'symbol' ? k.toString() : k) + ' ' + fl(d);
  if (d.get || d.set) s += ' get:' + (d.get ? JSON.stringify(d.get.name) + '/' + d.get.length : '-') + ' set:' + (d.set ? JSON.stringify(d.set.name) + '/' + d.set.length : '-');
  else if (typeof d.value === 'function') s += ' fn ' + JSON.stringify(d.value.name) + '/' + d.value.length;
  else if (d.value === null || typeof d.value !== 'object') s += ' = ' + (typeof d.value === 'string' ? JSON.stringify(d.value) : String(d.value));
  else s += ' object';
  return s;
}
function table(label, o) {
  console.log('== ' + label);
  Object.getOwnPropertyNames(o).filter(function (k) { return !skip[k] && !/^\$|^(input|lastMatch|lastParen|leftContext|rightContext)$/.test(k); }).sort().forEach(function (k) { console.log(entry(o, k)); });
  Object.getOwnPropertySymbols(o).sort(function (a, b) { return a.toString() < b.toString() ? -1 : 1; }).forEach(function (s) { console.log(entry(o, s)); });
}
table('Set', Set); table('Set.prototype', Set.prototype); table('%SetIteratorPrototype%', Object.getPrototypeOf(new Set().values()));
