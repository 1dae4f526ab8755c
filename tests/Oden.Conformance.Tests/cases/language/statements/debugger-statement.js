var x = 1;
debugger;
console.log('debugger is a no-op', x);
