// origin, toString, toJSON and JSON.stringify.
const list = ['https://a.com:443/x', 'https://a.com:444/x', 'http://[::1]:80/', 'ftp://f.org/', 'file:///x', 'blob:https://a.com/uuid',
  'blob:foo://x', 'data:,x', 'ws://w', 'wss://w:1'];
for (const s of list) console.log(s, '->', new URL(s).origin);
const u = new URL('https://a.com/p?q#h');
console.log(u.toString(), u.toJSON(), JSON.stringify({ u }), String(u), `${u}`, u + '');
console.log(Object.prototype.toString.call(u), typeof URL.prototype.toJSON);
