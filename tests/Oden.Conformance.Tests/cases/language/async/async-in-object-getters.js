// async functions stored in objects, returned from functions, and passed around
const api = {
  base: 'B',
  async fetch(id) { await null; return this.base + id; },
  make() { return async suffix => this.base + suffix; },
};
(async () => {
  console.log(await api.fetch(1));
  const unbound = api.fetch;
  try { await unbound(2); } catch (e) { console.log('unbound this:', e instanceof TypeError); }
  console.log(await api.make()('!'));
  const results = await Promise.all([1, 2, 3].map(id => api.fetch(id)));
  console.log(results.join(','));
})();
