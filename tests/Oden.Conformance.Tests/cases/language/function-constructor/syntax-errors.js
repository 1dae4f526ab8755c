// Bad parameters or bodies are SyntaxErrors; parameters and body must each stand alone.
var attempts = [
  ['a){', 'return 1'],
  ['a', '}; (function () {'],
  ['a b', ''],
  ['', '{'],
  ['a', 'return }'],
  ['/*', '*/ return 1'],
  ['a', 'return 1 //'],
  ['a = 1)', ''],
];
attempts.forEach(function (args) {
  try {
    var f = Function.apply(null, args);
    console.log(JSON.stringify(args), 'ok', typeof f);
  } catch (e) {
    console.log(JSON.stringify(args), e.name, e instanceof SyntaxError);
  }
});
