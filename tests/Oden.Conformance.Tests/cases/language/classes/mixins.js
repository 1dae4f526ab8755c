const Serializable = Base => class extends Base {
  serialize() { return JSON.stringify(this); }
};
const Eventful = Base => class extends Base {
  on(e, f) { (this.handlers || (this.handlers = {}))[e] = f; return this; }
  emit(e, x) { return this.handlers[e](x); }
};
class Model { constructor(id) { this.id = id; } }
class User extends Serializable(Eventful(Model)) {
  constructor(id, name) { super(id); this.name = name; }
}
const u = new User(1, 'ann');
u.on('hi', x => 'hi ' + x);
console.log(u.emit('hi', u.name));
delete u.handlers;
console.log(u.serialize());
console.log(u instanceof Model, u instanceof User, User.name);
let chain = [];
for (let p = Object.getPrototypeOf(User); p !== Function.prototype; p = Object.getPrototypeOf(p)) chain.push(p.name || '(anon)');
console.log(chain.join(' > '));
const Named = Base => class Named extends Base { static describe() { return 'Named<' + Base.name + '>'; } };
console.log(Named(Model).describe(), Named(Model).name);
