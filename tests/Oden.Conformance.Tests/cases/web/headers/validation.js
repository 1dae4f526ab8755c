// Header names must be tokens, values must not contain NUL/CR/LF; values are trimmed of HTTP whitespace.
function attempt(label, f) {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, e.constructor.name, e instanceof TypeError); }
}
const h = new Headers();
attempt('space in name', () => h.append('bad name', 'v'));
attempt('empty name', () => h.append('', 'v'));
attempt('colon', () => h.append('a:b', 'v'));
attempt('unicode name', () => h.append('naïve', 'v'));
attempt('tchar name', () => { h.append("!#$%&'*+-.^_`|~09azAZ", 'ok'); return h.get("!#$%&'*+-.^_`|~09azAZ"); });
attempt('newline value', () => h.append('x', 'a\nb'));
attempt('cr value', () => h.append('x', 'a\rb'));
attempt('nul value', () => h.append('x', 'a\u0000b'));
attempt('trim', () => { h.set('t', ' \t padded \t\n'); return h.get('t'); });
attempt('inner ws kept', () => { h.set('t2', 'a  \t b'); return h.get('t2'); });
attempt('latin1 value', () => { h.set('l', 'caf\u00e9'); return h.get('l'); });
attempt('non-latin1 value', () => h.set('l', '\u20ac'));
attempt('get bad name', () => h.get('bad name'));
attempt('has bad name', () => h.has('('));
attempt('delete bad name', () => h.delete('a b'));
attempt('missing args', () => h.append('only-name'));
attempt('no args get', () => h.get());
