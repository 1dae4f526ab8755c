// Which characters each component percent-encodes (special and non-special schemes).
const chars = ' "#<>?`{}|^\'[]\\@:;=$&+,%!~*()é\u0001';
const special = new URL('http://h/');
special.pathname = '/' + chars; console.log('path   ', special.pathname);
special.search = chars; console.log('query  ', special.search);
special.hash = chars; console.log('hash   ', special.hash);
special.username = chars; console.log('user   ', special.username);
const other = new URL('foo://h/');
other.search = chars; console.log('q other', other.search);
other.pathname = '/' + chars; console.log('p other', other.pathname);
console.log(new URL('http://h/%zz%41%').pathname);
console.log(new URL('foo:opaque path é').pathname);
