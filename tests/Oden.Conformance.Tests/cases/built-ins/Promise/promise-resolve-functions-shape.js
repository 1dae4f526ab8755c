function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
var fns = {};
new Promise(function (res, rej) { fns.res = res; fns.rej = rej; });
t('lengths', function () { return [fns.res.length, fns.rej.length]; });
t('names', function () { return [JSON.stringify(fns.res.name), JSON.stringify(fns.rej.name)]; });
t('not constructors', function () { try { new fns.res(); } catch (e) { return e.name; } });
t('no prototype', function () { return fns.res.hasOwnProperty('prototype'); });
t('returns undefined', function () { return fns.res(1); });
t('extensible', function () { return Object.isExtensible(fns.res); });
t('executor this', function () { var th; new Promise(function () { 'use strict'; th = this; }); return th; });
