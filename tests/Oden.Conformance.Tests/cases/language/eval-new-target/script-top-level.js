// mode: script
// At the top level of a classic script, new.target in direct eval code is a SyntaxError.
try { eval('new.target'); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
try { eval('() => new.target'); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
try { (() => eval('new.target'))(); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
try { eval("eval('new.target')"); console.log('no error'); } catch (e) { console.log(e.constructor.name); }
// Functions inside such eval code still have their own.
console.log(eval('(function () { return new.target; })()'));
console.log(eval('new (function F() { this.ok = new.target === F; })().ok'));
// Inside a function of the script it works.
function F() { return eval('new.target'); }
console.log(F(), new F() instanceof F);
var arrow = function () { return () => eval('new.target'); };
console.log(arrow()());
