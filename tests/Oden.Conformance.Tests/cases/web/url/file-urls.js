// file: URLs, drive letters, localhost.
const inputs = [['file:///C:/a/../../b'], ['file:c:\\foo\\bar'], ['file:///c|/x'], ['file://localhost/x'], ['file:/x/y'], ['file:x'],
  ['/abs', 'file:///C:/dir/f'], ['..', 'file:///C:/'], ['x', 'file:///dir/f'], ['//h/p', 'file:///x'], ['?q', 'file:///p'], ['file:///a b']];
for (const c of inputs) {
  try { const u = new URL(c[0], c[1]); console.log(JSON.stringify(c), u.href, u.host, u.pathname); } catch (e) { console.log(JSON.stringify(c), e.constructor.name); }
}
