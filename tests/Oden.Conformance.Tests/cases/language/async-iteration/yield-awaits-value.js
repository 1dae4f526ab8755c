// yield in an async generator awaits its operand; a rejected operand throws at the yield
async function* ag() {
  yield Promise.resolve('resolved value');
  try { yield Promise.reject(new Error('rejected value')); } catch (e) { yield 'caught ' + e.message; }
  const thenable = { then(r) { r('thenable value'); } };
  yield thenable;
  return Promise.resolve('returned promise');
}
(async () => {
  const it = ag();
  for (let i = 0; i < 5; i++) console.log(JSON.stringify(await it.next()));
})();
