// Every component of parsed absolute URLs.
const inputs = [
  'http://example.com/a/b/../c?x=1#frag',
  'HTTP://EXAMPLE.COM:80/%7Efoo',
  'https://user:pa ss@host.com:8443/p',
  'ws://h:80/', 'wss://h:443/x', 'ftp://h:21/', 'http://h:0/',
  'mailto:someone@example.com',
  'data:text/plain,hello world',
  'javascript:alert(1)',
  'foo://bar/baz qux?a b#c d',
  'http://h/é?é#é',
  'http://h/a%2e%2E/b/%2e/c',
  'http://h/./a/../b/.',
  'http:example.com/path',
  'http:\\\\h\\a\\b',
  '  http://trim.me/  ',
  'http://h/\ttab\nnewline',
];
for (const input of inputs) {
  const u = new URL(input);
  console.log(JSON.stringify([u.href, u.protocol, u.username, u.password, u.host, u.hostname, u.port, u.pathname, u.search, u.hash]));
}
