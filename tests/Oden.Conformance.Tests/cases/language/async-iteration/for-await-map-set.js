// for await over Map, Set and typed collections (sync iterables)
(async () => {
  const m = new Map([['k1', 'v1'], ['k2', Promise.resolve('v2')]]);
  for await (const entry of m) console.log(entry[0], typeof entry[1]);
  for await (const v of m.values()) console.log('value', v);
  for await (const v of new Set([Promise.resolve(1), 2])) console.log('set', v);
  for await (const b of new Uint8Array([7, 8])) console.log('byte', b);
})();
