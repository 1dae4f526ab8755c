// mode: script
var name = 'global name';
function whoAmI() { return this.name; }
console.log(whoAmI());
var o = { name: 'object name', whoAmI: whoAmI };
console.log(o.whoAmI());
var detached = o.whoAmI;
console.log(detached());
