// Relative references resolved against a base.
const base = 'http://a/b/c/d;p?q';
const refs = ['g', './g', 'g/', '/g', '//g', '?y', 'g?y', '#s', 'g#s', 'g?y#s', ';x', 'g;x', '', '.', './', '..', '../', '../g',
  '../..', '../../', '../../g', '../../../g', '/./g', '/../g', 'g.', '.g', 'g..', '..g', './../g', './g/.', 'g/./h', 'g/../h', 'http:g', '\\\\x\\y'];
for (const r of refs) console.log(JSON.stringify(r), new URL(r, base).href);
console.log(new URL('x', new URL('https://h/dir/file')).href);
console.log(new URL('#only', 'mailto:a@b').href);
console.log(new URL('//h2', 'foo://h1/p').href, new URL('p2', 'foo://h1/p').href);
