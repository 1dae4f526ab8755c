// The URL is parsed and serialized; relative URLs and credentials are refused (no base outside a browser).
const inputs = ['http://EXAMPLE.com:80/a/../b?x#y', 'https://h/é', 'http://h', '/relative', 'relative', '', 'http://u:p@h/', 'http://u@h/',
  'mailto:x@y', 'about:blank', 'not a url at all', new URL('https://from.url/obj')];
for (const i of inputs) {
  try { console.log(JSON.stringify(String(i)), new Request(i).url); } catch (e) { console.log(JSON.stringify(String(i)), e.constructor.name); }
}
console.log(new Request({ toString() { return 'http://to.string/'; } }).url);
