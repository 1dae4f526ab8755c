// console.log names the kind of a function as node does: async, generator and async generator
// functions, arrows and methods included.
'use strict';
async function load() {}
function* items() {}
async function* stream() {}
const arrow = async () => {};
const obj = { async method() {}, *gen() {}, async *agen() {}, plain() {} };
class Service {
  async fetch() {}
  static *ids() {}
}
console.log(load, items, stream, arrow);
console.log(obj.method, obj.gen, obj.agen, obj.plain);
console.log(Service.prototype.fetch, Service.ids);
console.log([async () => {}, function* () {}, async function* () {}]);
console.log({ handler: load, next: items });
const named = Object.assign(async function withProps() {}, { retries: 3 });
console.log(named);
console.log(load.bind(null), Object.getPrototypeOf(load), Object.getPrototypeOf(items));
