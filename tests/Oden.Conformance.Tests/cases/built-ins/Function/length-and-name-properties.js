function t(label, f) { try { console.log(label, f()); } catch (e) { console.log(label, 'threw', e.constructor.name); } }
function f(a, b, c) {}
t('length desc', function () { var d = Object.getOwnPropertyDescriptor(f, 'length'); return [d.value, d.writable, d.enumerable, d.configurable]; });
t('name desc', function () { var d = Object.getOwnPropertyDescriptor(f, 'name'); return [d.value, d.writable, d.enumerable, d.configurable]; });
t('prototype desc', function () { var d = Object.getOwnPropertyDescriptor(f, 'prototype'); return [typeof d.value, d.writable, d.enumerable, d.configurable]; });
t('prototype.constructor desc', function () { var d = Object.getOwnPropertyDescriptor(f.prototype, 'constructor'); return [d.value === f, d.writable, d.enumerable, d.configurable]; });
t('arrow no prototype', function () { return (() => 1).hasOwnProperty('prototype'); });
t('method no prototype', function () { return ({ m() {} }).m.hasOwnProperty('prototype'); });
t('getter name', function () { var d = Object.getOwnPropertyDescriptor({ get x() { return 1; } }, 'x'); return d.get.name; });
t('symbol method name', function () { var o = {}; o[Symbol.iterator] = function () {}; var p = { [Symbol('desc')]: function () {} }; return [o[Symbol.iterator].name, p[Object.getOwnPropertySymbols(p)[0]].name]; });
t('delete length', function () { var g = function (a) {}; delete g.length; return [g.length, g.hasOwnProperty('length')]; });
t('redefine name', function () { var g = function () {}; Object.defineProperty(g, 'name', { value: 'renamed' }); return g.name; });
t('assign length silently fails', function () { var g = function (a) {}; g.length = 5; return g.length; });
t('strict function props', function () { 'use strict'; var g = function () {}; return Object.getOwnPropertyNames(g).sort().join(); });
t('bound name/length', function () { var b = f.bind(null, 1); return [b.name, b.length, b.hasOwnProperty('prototype')]; });
t('bound name from non-string', function () { var g = function () {}; Object.defineProperty(g, 'name', { value: 5 }); return JSON.stringify(g.bind().name); });
t('bound length from Infinity', function () { var g = function () {}; Object.defineProperty(g, 'length', { value: Infinity }); return g.bind(null, 1).length; });
t('bound length negative', function () { var g = function () {}; Object.defineProperty(g, 'length', { value: -5 }); return g.bind().length; });
t('bound length non-number', function () { var g = function () {}; Object.defineProperty(g, 'length', { value: '3' }); return g.bind().length; });
t('bound construct', function () { function P(x, y) { this.s = x + y; } var B = P.bind({ ignored: 1 }, 'a'); var o = new B('b'); return [o.s, o instanceof P, o instanceof B]; });
t('Function.prototype props', function () { return [Function.prototype.length, JSON.stringify(Function.prototype.name), typeof Function.prototype, Function.prototype()]; });
