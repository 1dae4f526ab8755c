var tests = [
  function () { null.foo; },
  function () { undefinedFn(); },
  function () { (1)(); },
  function () { new Array(-5); },
  function () { JSON.parse('{bad'); },
  function () { ({}).x.y; },
  function () { Object.defineProperty(1, 'x', {}); },
  function () { decodeURIComponent('%'); }
];
for (var i = 0; i < tests.length; i++) {
  try { tests[i](); console.log(i, 'no error'); }
  catch (e) { console.log(i, e.name, e instanceof Error); }
}
