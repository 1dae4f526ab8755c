var proto = {
  _name: 'proto',
  get name() { return 'got ' + this._name; },
  set name(v) { this._name = v.toUpperCase(); }
};
var child = Object.create(proto);
console.log(child.name);
child.name = 'child';
console.log(child.name, child.hasOwnProperty('_name'), child.hasOwnProperty('name'));
console.log(proto.name);
