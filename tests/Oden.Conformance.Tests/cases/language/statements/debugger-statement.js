var x = 1;
debugger;
console.log('debugger is a no-op', x);
function f() { debugger; return 'after debugger'; }
console.log(f());
