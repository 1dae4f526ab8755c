// A direct eval inside a parameter default: it sees the earlier parameters, `this`, `arguments` and
// new.target; its vars go to the parameter scope (later defaults and the body see them, closures in
// defaults too); an eval in the body still declares in the body's own var scope.
function show(label, value) { console.log(label, JSON.stringify(value)); }

function f(a, b = eval('a + 1'), c = eval('var x = 10; x + b')) {
  return [a, b, c, typeof x, x];
}
show('earlier params and vars', f(1));

function g(a = eval('var v = 5; v'), b = v, read = () => v) {
  var inner = 'body';
  v = 6; // the body assigns the parameter scope's v (the body's var scope has no v)
  return [a, b, read(), eval('inner'), v];
}
show('later defaults and closures', g());

function h(p = eval('arguments.length'), q = eval('this && this.tag')) { return [p, q]; }
show('arguments and this', h.call({ tag: 'T' }, undefined, 2, 3));

function K(t = eval('new.target === K')) { this.t = t; }
show('new.target', [new K().t, K.call({}) === undefined]);

function bodyEval(a = 1) { eval('var y = a + 1'); return [y, typeof y]; }
show('body eval beside defaults', bodyEval());

function both(a = eval('var shared = "param"; 1')) {
  var before = shared;
  eval('var shared = "body"');
  return [before, shared];
}
show('param var then body var', both());

function strictEval(a = eval('"use strict"; var z = 3; z')) { return [a, typeof z]; }
show('strict eval code keeps its vars', strictEval());

function arrowInDefault(a = (() => eval('var w = 7; w'))()) { return [a, typeof w]; }
show('eval in an arrow in a default', arrowInDefault());

try {
  (function (a = eval('b'), b = 1) {})();
} catch (e) {
  console.log('TDZ of a later parameter:', e.name);
}

try {
  (function (a, b = eval('var a = 2; a')) {})(1);
} catch (e) {
  console.log('var clashing with a parameter:', e.name);
}

var outer = 'global-ish';
function shadow(a = eval('var outer = "param"; outer')) { return [a, outer]; }
show('shadowing an outer var', shadow());
console.log('outer after', outer);
