// Domains are lower-cased, percent-decoded and IDNA-mapped; opaque hosts of non-special schemes keep their case.
const inputs = ['http://EXAMPLE.com', 'http://ex%41mple.com', 'http://münchen.de', 'http://xn--mnchen-3ya.de', 'http://ÉCOLE.fr',
  'http://日本.jp', 'http://a.b.c.', 'foo://UPPER.case/', 'foo://a%20b/', 'http://a_b.com', 'http://%F0%9F%92%A9.com',
  'http://localhost:3000', 'file://localhost/etc', 'file://SERVER/share', 'http://a..b'];
for (const i of inputs) {
  try { const u = new URL(i); console.log(i, '->', u.hostname, u.origin); } catch (e) { console.log(i, '->', e.constructor.name); }
}
