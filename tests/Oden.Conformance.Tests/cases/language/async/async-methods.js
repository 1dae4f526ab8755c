// async object methods keep their receiver; names and kinds
const obj = {
  value: 7,
  async get() { await null; return this.value; },
  async ['comp' + 'uted']() { return 'computed'; },
};
obj.get().then(v => console.log('get', v));
obj.computed().then(console.log);
console.log(obj.get.name, obj.computed.name, obj.get.length);
console.log(typeof obj.get.prototype, obj.get.hasOwnProperty('prototype'));
try { new obj.get(); } catch (e) { console.log(e instanceof TypeError); }
async function af() {}
try { new af(); } catch (e) { console.log('async function is not a constructor', e instanceof TypeError); }
console.log(af.hasOwnProperty('prototype'));
