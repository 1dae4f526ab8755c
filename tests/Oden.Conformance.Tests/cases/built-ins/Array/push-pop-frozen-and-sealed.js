function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('push frozen', function () { var a = Object.freeze([1]); try { a.push(2); } catch (e) { return e.name + a.length; } });
t('pop frozen', function () { var a = Object.freeze([1]); try { a.pop(); } catch (e) { return e.name + a.length; } });
t('push sealed', function () { var a = Object.seal([1]); try { a.push(2); } catch (e) { return e.name + a.length; } });
t('pop sealed', function () { var a = Object.seal([1]); try { a.pop(); } catch (e) { return e.name + a.length; } });
t('shift non-extensible', function () { var a = Object.preventExtensions([1, 2]); return [a.shift(), a.length, a[0]]; });
t('unshift non-extensible', function () { var a = Object.preventExtensions([1]); try { a.unshift(0); } catch (e) { return e.name + JSON.stringify(a); } });
t('push to readonly length', function () { var a = [1]; Object.defineProperty(a, 'length', { writable: false }); try { a.push(2); } catch (e) { return [e.name, a.length, a[1]]; } });
t('push returns length', function () { return [[].push(), [1].push(2, 3)]; });
t('push generic sets length', function () { var o = {}; Array.prototype.push.call(o, 'a'); return JSON.stringify(o); });
t('pop generic sets length 0', function () { var o = { length: 0 }; Array.prototype.pop.call(o); return o.length; });
t('pop string throws', function () { return Array.prototype.pop.call('abc'); });
t('push on string', function () { return Array.prototype.push.call('abc', 'd'); });
