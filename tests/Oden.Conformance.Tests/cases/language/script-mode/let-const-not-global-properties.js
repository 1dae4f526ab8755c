// mode: script
let lexicalLet = 1;
const lexicalConst = 2;
var g = (function () { return this; })();
console.log(lexicalLet + lexicalConst, 'lexicalLet' in g, 'lexicalConst' in g);
function readLet() { return lexicalLet; }
lexicalLet = 10;
console.log(readLet(), g.lexicalLet);
