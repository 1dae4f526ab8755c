// Vars that eval declares can be deleted; declared vars cannot.
function f() {
  var declared = 1;
  eval('var fromEval = 2');
  var results = [eval('delete declared'), eval('delete fromEval'), typeof fromEval, typeof declared];
  return results.join(',');
}
console.log(f());
function g() {
  eval('var again = 1');
  delete again;
  return typeof again;
}
console.log(g());
