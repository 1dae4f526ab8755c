// Object rest and spread together: omit keys, shallow merge, defaults.
function omit(obj, key) { const { [key]: _, ...rest } = obj; return rest; }
console.log(JSON.stringify(omit({ a: 1, b: 2, c: 3 }, 'b')));
function withDefaults(options) { return { color: 'red', size: 1, ...options }; }
console.log(JSON.stringify(withDefaults({ size: 5 })), JSON.stringify(withDefaults()));
const { a, ...others } = { ...{ a: 1, b: 2 }, c: 3 };
console.log(a, JSON.stringify(others));
function config({ debug = false, ...rest } = {}) { return { debug, extras: Object.keys(rest) }; }
console.log(JSON.stringify(config({ debug: true, x: 1, y: 2 })), JSON.stringify(config()));
const state = { list: [1], count: 1 };
const next = { ...state, list: [...state.list, 2], count: state.count + 1 };
console.log(JSON.stringify(state), JSON.stringify(next));
const merged = [{ a: 1 }, { b: 2 }, { a: 3 }].reduce((acc, o) => ({ ...acc, ...o }), {});
console.log(JSON.stringify(merged));
