console.log(JSON.stringify('a1b2c3'.split(/\d/)));
console.log(JSON.stringify('a1b2c3'.split(/(\d)/)));
console.log(JSON.stringify('one  two   three'.split(/\s+/)));
console.log(JSON.stringify('abc'.split(/(?:)/)));
console.log(JSON.stringify('a,b;c'.split(/[,;]/)));
console.log(JSON.stringify('2024-01-15'.split(/(-)/, 3)));
console.log(JSON.stringify('aXbxc'.split(/x/i)));
console.log(JSON.stringify('abc'.split(/(z)?b/)));
