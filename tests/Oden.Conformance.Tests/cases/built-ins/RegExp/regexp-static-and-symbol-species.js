function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('species getter', function () { var d = Object.getOwnPropertyDescriptor(RegExp, Symbol.species); return [typeof d.get, d.get.name, d.set]; });
t('matchAll uses species', function () { var log = []; var r = /a/g; r.constructor = {}; r.constructor[Symbol.species] = function (src, flags) { log.push(flags); return new RegExp(src, flags); }; Array.from('aa'.matchAll(r)); return log; });
t('split species flags add y', function () { var got; var r = /,/gi; r.constructor = {}; r.constructor[Symbol.species] = function (src, flags) { got = flags; return new RegExp(src, flags); }; 'a,b'.split(r); return got; });
t('prototype not a RegExp', function () { return Object.prototype.toString.call(RegExp.prototype); });
t('exec on prototype', function () { return RegExp.prototype.exec.call(RegExp.prototype, ''); });
