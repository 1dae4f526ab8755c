// A URL's query parsed into params and serialized back: form encoding differs from URL encoding.
const urls = ['http://h/?a=b c', 'http://h/?a=%20', 'http://h/?a+b=c', 'http://h/?x=é', "http://h/?q='", 'http://h/?k=%7E~'];
for (const s of urls) {
  const u = new URL(s);
  const before = u.search;
  u.searchParams.sort();
  console.log(s, '|', before, '|', u.search, '|', u.searchParams.get(Array.from(u.searchParams.keys())[0]));
}
const u = new URL('http://h/path');
u.searchParams.set('q', 'a b');
console.log(u.href);
u.searchParams.delete('q');
console.log(u.href, u.search === '');
