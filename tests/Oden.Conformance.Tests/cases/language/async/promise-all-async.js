// async functions composed with Promise combinators
const delay = (v, n) => (async () => { for (let i = 0; i < n; i++) await null; return v; })();
(async () => {
  console.log((await Promise.all([delay('a', 3), delay('b', 1), 'c'])).join(''));
  console.log(await Promise.race([delay('slow', 5), delay('fast', 1)]));
  const settled = await Promise.allSettled([delay(1, 1), (async () => { throw new Error('no'); })()]);
  console.log(settled.map(s => s.status).join(','));
  console.log(await Promise.any([Promise.reject(1), delay('any', 2)]));
})();
