// await inside try, catch and finally, with completions preserved
async function f(mode) {
  const out = [];
  try {
    out.push('try');
    await null;
    if (mode === 'throw') throw new Error('E');
    if (mode === 'return') return out.concat('returned').join(',');
    out.push('try end');
  } catch (e) {
    out.push('catch ' + e.message);
    await null;
    out.push('catch end');
  } finally {
    out.push('finally');
    await null;
    out.push('finally end');
    console.log(mode, out.join(','));
  }
  return 'normal';
}
(async () => {
  console.log(await f('normal'));
  console.log(await f('throw'));
  console.log(await f('return'));
})();
