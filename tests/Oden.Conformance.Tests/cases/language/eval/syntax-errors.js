// A syntax error in eval'd code is a catchable SyntaxError; runtime errors propagate.
var sources = ['{', 'var', '1 +', 'function (', 'let let = 1', 'a b', 'return 1', 'break', '"use strict"; var arguments'];
sources.forEach(function (src) {
  try {
    eval(src);
    console.log(JSON.stringify(src), 'no error');
  } catch (e) {
    console.log(JSON.stringify(src), e.name, e instanceof SyntaxError, e.constructor === SyntaxError);
  }
});
try { eval('undefinedThing + 1'); } catch (e) { console.log(e.name); }
try { eval('null.x'); } catch (e) { console.log(e.name); }
try { eval('throw { custom: true }'); } catch (e) { console.log(JSON.stringify(e)); }
try { (0, eval)('}'); } catch (e) { console.log('indirect', e.name); }
function thrower() { eval('throw new RangeError("from eval")'); }
try { thrower(); } catch (e) { console.log(e.name, e.message); }
