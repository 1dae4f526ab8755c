// Method normalization: the six standard names upper-cased, others kept; forbidden and invalid ones throw.
const methods = ['get', 'Post', 'put', 'DeLeTe', 'options', 'head', 'propfind', 'PATCH', 'custom', 'M-SEARCH'];
for (const m of methods) console.log(m, '->', new Request('http://h/', { method: m }).method);
for (const bad of ['CONNECT', 'trace', 'Track', 'bad method', '', 'a(b)', 'caf\u00e9']) {
  try { new Request('http://h/', { method: bad }); console.log(JSON.stringify(bad), 'ok'); } catch (e) { console.log(JSON.stringify(bad), e.constructor.name); }
}
