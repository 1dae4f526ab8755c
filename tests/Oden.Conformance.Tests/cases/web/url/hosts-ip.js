// IPv4 forms (decimal, hex, octal, short) and IPv6 compression.
const hosts = ['http://127.0.0.1', 'http://0x7f.1', 'http://0177.0.0.1', 'http://2130706433', 'http://127.1', 'http://0x7f000001',
  'http://1.2.3.4.', 'http://0', 'http://4294967295', 'http://[::1]', 'http://[0:0:0:0:0:0:0:1]', 'http://[2001:DB8::1]',
  'http://[2001:db8:0:0:1:0:0:1]', 'http://[1:0:0:2:0:0:0:3]', 'http://[::ffff:192.168.0.1]', 'http://[1:2:3:4:5:6:7:8]',
  'http://[::]', 'http://[0:0::1:0:0]', 'http://1.2.3.08', 'http://09.2.3.4', 'http://1.0x', 'http://foo.09'];
for (const h of hosts) {
  try { const u = new URL(h); console.log(h, '->', u.host, u.hostname); } catch (e) { console.log(h, '->', e.constructor.name); }
}
