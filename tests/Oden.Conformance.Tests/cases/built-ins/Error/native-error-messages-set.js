function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
t('message only when given', function () { return [TypeError, RangeError, SyntaxError].map(function (C) { return Object.getOwnPropertyNames(new C()).filter(function (k) { return k !== 'stack'; }).join('|') + ';' + Object.getOwnPropertyNames(new C('m')).filter(function (k) { return k !== 'stack'; }).join('|'); }); });
t('toString of each', function () { return [new TypeError('a'), new URIError(), new EvalError('')].map(String); });
t('name override on instance', function () { var e = new RangeError('x'); e.name = 'Custom'; return String(e); });
t('name on prototype change', function () { var saved = TypeError.prototype.name; TypeError.prototype.name = 'TE'; var s = String(new TypeError('m')); TypeError.prototype.name = saved; return s; });
t('instanceof chain', function () { var e = new SyntaxError(); return [e instanceof SyntaxError, e instanceof Error, e instanceof TypeError, Object.prototype.toString.call(e)]; });
t('engine errors class', function () { var out = []; try { null.x; } catch (e) { out.push(e.constructor === TypeError); } try { undefinedVar; } catch (e) { out.push(e.constructor === ReferenceError); } try { new Array(-1); } catch (e) { out.push(e.constructor === RangeError); } try { decodeURI('%'); } catch (e) { out.push(e.constructor === URIError); } return out; });
t('error as cause chain', function () { var root = new Error('root'); var e = new Error('top', { cause: new TypeError('mid', { cause: root }) }); return [e.cause.name, e.cause.cause === root]; });
t('throwing primitive', function () { try { throw 42; } catch (e) { return typeof e; } });
