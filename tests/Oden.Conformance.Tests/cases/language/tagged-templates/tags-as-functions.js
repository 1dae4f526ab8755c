// Practical tags: escaping, dedent, building queries; tags returning non-strings.
function html(strings, ...values) {
  const esc = (s) => String(s).replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]);
  return strings.reduce((out, s, i) => out + s + (i < values.length ? esc(values[i]) : ''), '');
}
console.log(html`<p>${'<b>bold</b> & more'}</p>`);
function sql(strings, ...values) { return { text: strings.join('?'), values }; }
console.log(JSON.stringify(sql`SELECT * FROM t WHERE a = ${1} AND b = ${'x'}`));
const list = (s, ...v) => v;
console.log(list`${1}${2}${3}`);
const count = (s) => s.length;
console.log(count`a${0}b${0}c`, count``);
const identity = (s, ...v) => String.raw({ raw: s }, ...v);
console.log(identity`x${1}y\n`);
