// Inputs the URL parser refuses: TypeError, and URL.canParse is false.
const bad = [['http://ex ample.com'], ['http://256.0.0.1'], ['http://1.2.3.4.5'], ['http://[::1'], ['http://[1:2:3:4:5:6:7:8:9]'],
  ['http://a:99999'], ['http://a:1x'], ['http://'], ['http://@h'], ['/relative'], ['x', 'not a base'], ['http://h%00'], ['http://a<b'],
  ['rel', 'mailto:x@y'], [''], ['http://[::1]x'], ['http://%zz']];
for (const c of bad) {
  let result;
  try { result = new URL(c[0], c[1]).href; } catch (e) { result = e.constructor.name; }
  console.log(JSON.stringify(c), result, URL.canParse(c[0], c[1]));
}
console.log(URL.canParse('http://ok'), URL.canParse('/x', 'http://b'), URL.canParse(''));
