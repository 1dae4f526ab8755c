var cases = {
  arrow: () => {},
  method: { m() {} }.m,
  number: 5,
  object: {},
  builtinMethod: Math.max
};
Object.keys(cases).forEach(function (k) {
  try { new cases[k](); console.log(k, 'constructed'); }
  catch (e) { console.log(k, e.name); }
});
