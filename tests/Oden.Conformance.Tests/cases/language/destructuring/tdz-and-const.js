// let/const pattern bindings: TDZ inside their own initializer, const stays const.
function attempt(label, f) {
  try { console.log(label, f()); } catch (e) { console.log(label, e.constructor.name); }
}
attempt('later default sees earlier', () => { const [a, b = a + 1] = [1]; return b; });
attempt('earlier default sees later', () => { const [a = b, b] = []; return a; });
attempt('self reference', () => { const { x = x } = {}; return x; });
attempt('rhs sees own binding', () => { let { y } = { y: typeof y }; return y; });
attempt('const reassign', () => { const [c] = [1]; c = 2; return c; });
attempt('const pattern assign', () => { const d = 1; [d] = [2]; return d; });
attempt('let shadows in default', () => { let z = 'outer'; { const [w = z] = []; return w; } });
attempt('closure before init', () => {
  const f = () => later;
  let r;
  try { r = f(); } catch (e) { r = e.constructor.name; }
  const { later } = { later: 'L' };
  return [r, f()].join();
});
attempt('var pattern hoisted', () => { const before = typeof hoisted; var { hoisted } = { hoisted: 1 }; return before + ' ' + hoisted; });
attempt('for-of rhs tdz', () => { for (const [q] of [q]) {} });
