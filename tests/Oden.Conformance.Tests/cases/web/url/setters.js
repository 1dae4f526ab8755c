// Setters re-run the parser from the matching state; invalid values are ignored.
const u = new URL('https://user:pw@example.com:8080/path/file?query=1#hash');
function show(label) { console.log(label.padEnd(14), u.href); }
u.protocol = 'http'; show('protocol');
u.protocol = 'ftp:'; show('protocol ftp');
u.protocol = 'mailto'; show('to non-special');
u.protocol = '1bad'; show('bad protocol');
u.username = 'new user'; show('username');
u.password = 'p@ss:w'; show('password');
u.host = 'other.org:99'; show('host');
u.hostname = 'third.net'; show('hostname');
u.hostname = 'bad host'; show('bad hostname');
u.port = '443'; show('port');
u.port = '21'; show('default port');
u.port = '8000abc'; show('port prefix');
u.port = 'abc'; show('bad port');
u.port = ''; show('clear port');
u.pathname = 'a b/c'; show('pathname');
u.pathname = '/x/../y'; show('dot path');
u.search = 'a=1&b=2'; show('search');
u.search = '?'; show('search ?');
u.search = ''; show('clear search');
u.hash = 'h'; show('hash');
u.hash = '#'; show('hash #');
u.hash = ''; show('clear hash');
u.href = 'http://fresh.example/'; show('href');
try { u.href = 'not a url'; } catch (e) { console.log('bad href', e.constructor.name); }
show('after bad');
