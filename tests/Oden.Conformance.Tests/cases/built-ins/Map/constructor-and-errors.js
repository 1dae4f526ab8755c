function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('no new', function () { return Map(); });
t('from iterable', function () { return new Map([[1, 'a'], [2, 'b']]).size; });
t('null/undefined', function () { return [new Map(null).size, new Map(undefined).size]; });
t('non-iterable', function () { return new Map(5); });
t('non-object entry', function () { return new Map([1]); });
t('entry short', function () { var m = new Map([[]]); return [m.size, m.has(undefined)]; });
t('string entries', function () { return JSON.stringify(Array.from(new Map(['ab', 'cd']))); });
t('uses set', function () { var calls = 0; var orig = Map.prototype.set; Map.prototype.set = function (k, v) { calls++; return orig.call(this, k, v); }; new Map([[1, 1], [2, 2]]); Map.prototype.set = orig; return calls; });
t('set not callable', function () { var orig = Map.prototype.set; Map.prototype.set = 1; try { new Map([]); return 'no throw'; } catch (e) { return e.name; } finally { Map.prototype.set = orig; } });
t('closes iterator on error', function () { var closed = false; var it = {}; it[Symbol.iterator] = function () { return { next: function () { return { value: 1, done: false }; }, return: function () { closed = true; return {}; } }; }; try { new Map(it); } catch (e) { return e.name + closed; } });
t('methods wrong this', function () { return ['get', 'set', 'has', 'delete', 'clear', 'forEach', 'keys'].map(function (m) { try { Map.prototype[m].call({}); return 'ok'; } catch (e) { return e.name; } }).join(); });
t('size getter', function () { var d = Object.getOwnPropertyDescriptor(Map.prototype, 'size'); return [typeof d.get, d.set, d.get.name]; });
t('size wrong this', function () { return Object.getOwnPropertyDescriptor(Map.prototype, 'size').get.call(new Set()); });
t('species', function () { return Map[Symbol.species] === Map; });
t('lengths', function () { return [Map.length, Map.prototype.set.length, Map.prototype.get.length, Map.prototype.forEach.length]; });
