console.log(this === module.exports);
console.log(typeof this);
this.added = 1;
console.log(module.exports.added);
var arrow = () => this;
console.log(arrow() === module.exports);
