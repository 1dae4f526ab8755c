#!/usr/bin/env python3
# Regenerates LanguageTests.cs and CompletionAndClosureTests.cs from the case tables below, with the
# expected output taken from node (v20). From the repository root:
#     python3 tests/Oden.Compiler.Tests/EndToEnd/tables/generate.py
# Review the diff: a case whose output is engine-specific (V8 messages, stack text) belongs elsewhere.
import json, os, subprocess, sys, tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)

E = []  # expressions: console.log(<expr>)
E += ["1 + 2", "'1' + 2", "1 + '2'", "2 * '3'", "10 / 4", "7 % 3", "-7 % 3", "2 ** 10", "2 ** -1",
      "1 / 0", "-1 / 0", "0 / 0", "5 - '2'", "'5' * '2'", "true + 1", "null + 1", "undefined + 1",
      "1 << 31", "-1 >>> 0", "-16 >> 2", "5 & 3", "5 | 3", "5 ^ 3", "~5", "!0", "!!'x'", "-'3'", "+'3'",
      "1 == '1'", "1 === '1'", "null == undefined", "null === undefined", "NaN == NaN", "0 == ''", "'' == false",
      "1 != 2", "1 !== 1", "2 > 1", "'b' > 'a'", "1 <= 1", "null >= 0", "undefined < 1",
      "typeof 1", "typeof 'x'", "typeof undefined", "typeof null", "typeof {}", "typeof function(){}", "typeof missingGlobal",
      "void 0", "(1, 2, 3)", "true ? 'y' : 'n'", "0 ? 'y' : 'n'", "1 && 2", "0 && 2", "0 || 'd'", "'a' || 'b'",
      "'x' in {x: 1}", "'y' in {x: 1}", "[] instanceof Array", "({}) instanceof Array",
      "`a${1 + 1}b`", "`${'x'}${'y'}`", "`t`", "`${null} ${undefined} ${true}`",
      "0.1 + 0.2", "1e21", "123456789012345680000", "1 / -0", "1/3",
      "({a: 1, b: 'x'}).b", "({'a b': 2})['a b']", "({1: 'one'})[1]", "({1.5: 'x'})['1.5']", "[1, 2, 3][1]", "[1, , 3].length", "[].length",
      "'abc'.length", "'abc'[1]", "({}).x", "({ get g() { return 42; } }).g",
      "(function () { return this; }).call(5) instanceof Number",
      ]
P = []  # programs
P += [
 ("var_hoisting", "console.log(x); var x = 1; console.log(x);"),
 ("function_hoisting", "console.log(f()); function f() { return 'hoisted'; }"),
 ("let_tdz", "try { x; } catch (e) { console.log(e instanceof ReferenceError, e.message); } let x = 1;"),
 ("const_assign", "const c = 1; try { c = 2; } catch (e) { console.log(e instanceof TypeError, e.message); } console.log(c);"),
 ("closure_counter", "function counter() { var n = 0; return function () { return ++n; }; } var c = counter(); c(); c(); console.log(c());"),
 ("closure_shared", "var fs = []; for (var i = 0; i < 3; i++) fs.push(function () { return i; }); console.log(fs[0](), fs[1](), fs[2]());"),
 ("closure_let_per_iteration", "var fs = []; for (let i = 0; i < 3; i++) fs.push(() => i); console.log(fs[0](), fs[1](), fs[2]());"),
 ("closure_let_update_in_body", "var fs = []; for (let i = 0; i < 6; i++) { fs.push(() => i); i++; } console.log(fs.length, fs[0](), fs[1](), fs[2]());"),
 ("closure_block_per_iteration", "var fs = []; for (var i = 0; i < 3; i++) { let j = i * 10; fs.push(function () { return j; }); } console.log(fs[0](), fs[2]());"),
 ("closure_nested_three", "function a(x) { return function b(y) { return function c(z) { return x + y + z; }; }; } console.log(a(1)(2)(3));"),
 ("closure_modify_outer", "var n = 1; function inc() { n++; } inc(); inc(); console.log(n);"),
 ("arrow_this", "var o = { v: 7, f: function () { return (() => this.v)(); } }; console.log(o.f());"),
 ("arrow_arguments", "function f() { var g = () => arguments[0]; return g(); } console.log(f('outer'));"),
 ("arguments_length", "function f(a, b) { return arguments.length; } console.log(f(), f(1), f(1, 2, 3));"),
 ("arguments_mapped", "function f(a) { arguments[0] = 'changed'; return a; } console.log(f('orig'));"),
 ("arguments_mapped_reverse", "function f(a) { a = 'changed'; return arguments[0]; } console.log(f('orig'));"),
 ("arguments_unmapped_strict", "function f(a) { 'use strict'; arguments[0] = 'changed'; return a; } console.log(f('orig'));"),
 ("arguments_extra", "function f(a) { return arguments[1] + arguments[2]; } console.log(f(1, 2, 3));"),
 ("this_sloppy_global", "function f() { return typeof this; } console.log(f());"),
 ("this_strict_undefined", "function f() { 'use strict'; return this; } console.log(f());"),
 ("this_method", "var o = { n: 'o', m: function () { return this.n; } }; console.log(o.m(), o['m']());"),
 ("module_this", "console.log(this === module.exports, typeof exports);"),
 ("new_constructor", "function P(x) { this.x = x; } P.prototype.get = function () { return this.x; }; var p = new P(3); console.log(p.get(), p instanceof P);"),
 ("new_return_object", "function F() { this.a = 1; return { b: 2 }; } var f = new F(); console.log(f.a, f.b);"),
 ("new_many_args", "function F(a, b, c, d, e) { this.s = a + b + c + d + e; } console.log(new F(1, 2, 3, 4, 5).s);"),
 ("call_many_args", "function f(a, b, c, d, e) { return [a, b, c, d, e].length + e; } console.log(f(1, 2, 3, 4, 5));"),
 ("method_many_args", "var o = { f: function (a, b, c, d) { return a + b + c + d; } }; console.log(o.f(1, 2, 3, 4));"),
 ("recursion", "function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); } console.log(fib(20));"),
 ("named_function_expression", "var f = function g(n) { return n ? n * g(n - 1) : 1; }; console.log(f(5), typeof g);"),
 ("named_fe_assign_ignored", "var f = function g() { g = 1; return typeof g; }; console.log(f());"),
 ("named_fe_assign_strict", "var f = function g() { 'use strict'; try { g = 1; } catch (e) { return e.constructor === TypeError; } }; console.log(f());"),
 ("while_loop", "var i = 0, s = 0; while (i < 5) { s += i; i++; } console.log(s);"),
 ("do_while", "var i = 0; do { i++; } while (i < 3); console.log(i);"),
 ("for_break_continue", "var s = ''; for (var i = 0; i < 10; i++) { if (i % 2) continue; if (i > 6) break; s += i; } console.log(s);"),
 ("labeled_break", "var s = ''; outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { if (j == 1) continue outer; if (i == 2) break outer; s += i + '' + j + ' '; } } console.log(s);"),
 ("labeled_block", "b: { console.log('in'); break b; console.log('never'); } console.log('out');"),
 ("switch_fallthrough", "function f(x) { var r = ''; switch (x) { case 1: r += 'a'; case 2: r += 'b'; break; default: r += 'd'; case 3: r += 'c'; } return r; } console.log(f(1), f(2), f(3), f(9));"),
 ("switch_strict_equality", "switch ('1') { case 1: console.log('number'); break; case '1': console.log('string'); }"),
 ("switch_let", "switch (1) { case 1: let x = 'one'; console.log(x); }"),
 ("for_in_order", "var o = { b: 1, a: 2, 2: 'x', 1: 'y' }; var ks = ''; for (var k in o) ks += k + ','; console.log(ks);"),
 ("for_in_proto", "function P() { this.own = 1; } P.prototype.inh = 2; var ks = []; for (var k in new P()) ks.push(k); console.log(ks.length, ks[0], ks[1]);"),
 ("for_in_delete", "var o = { a: 1, b: 2, c: 3 }; var s = ''; for (var k in o) { delete o.b; s += k; } console.log(s);"),
 ("for_in_null", "for (var k in null) console.log('never'); console.log('done');"),
 ("for_of_custom_iterator", "var it = {}; it[Symbol.iterator] = function () { var i = 0; return { next: function () { return i < 3 ? { value: i++, done: false } : { value: undefined, done: true }; } }; }; var s = ''; for (var v of it) s += v; console.log(s);"),
 ("for_of_return_called", "var log = ''; var it = {}; it[Symbol.iterator] = function () { return { next: function () { return { value: 1, done: false }; }, return: function () { log += 'closed'; return {}; } }; }; for (var v of it) { break; } console.log(log);"),
 ("for_of_throw_closes", "var log = ''; var it = {}; it[Symbol.iterator] = function () { return { next: function () { return { value: 1, done: false }; }, return: function () { log += 'closed'; return {}; } }; }; try { for (var v of it) { throw 'x'; } } catch (e) { log += ' caught ' + e; } console.log(log);"),
 ("for_of_not_iterable", "try { for (var x of 5) {} } catch (e) { console.log(e instanceof TypeError); }"),
 ("try_catch_finally_order", "var s = ''; try { s += 't'; throw 1; } catch (e) { s += 'c' + e; } finally { s += 'f'; } console.log(s);"),
 ("finally_overrides_return", "function f() { try { return 1; } finally { return 2; } } console.log(f());"),
 ("finally_runs_on_return", "var log = ''; function f() { try { return 'r'; } finally { log += 'f'; } } console.log(f(), log);"),
 ("finally_break", "var i = 0; while (true) { try { i++; if (i > 2) throw 'stop'; } finally { if (i > 2) break; } } console.log(i);"),
 ("finally_swallows_throw", "function f() { try { throw new Error('x'); } finally { return 'swallowed'; } } console.log(f());"),
 ("finally_continue", "var s = ''; for (var i = 0; i < 3; i++) { try { s += i; continue; } finally { s += 'f'; } } console.log(s);"),
 ("nested_finally", "var s = ''; function f() { try { try { return 'a'; } finally { s += '1'; } } finally { s += '2'; } } console.log(f(), s);"),
 ("catch_rethrow", "try { try { throw new TypeError('inner'); } catch (e) { throw e; } } catch (e2) { console.log(e2.name, e2.message); }"),
 ("catch_scope", "var e = 'outer'; try { throw 'inner'; } catch (e) { var e = 'assigned'; } console.log(e);"),
 ("catch_closure", "var f; try { throw 'v'; } catch (e) { f = function () { return e; }; } console.log(f());"),
 ("throw_primitive", "try { throw 42; } catch (x) { console.log(typeof x, x); }"),
 ("optional_catch", "try { throw 1; } catch { console.log('caught'); }"),
 ("compound_member", "var o = { n: 1 }; o.n += 5; o.n *= 2; console.log(o.n);"),
 ("compound_index_once", "var calls = 0; var o = { k: 10 }; function key() { calls++; return 'k'; } o[key()] -= 3; console.log(o.k, calls);"),
 ("update_postfix_value", "var i = 5; var j = i++; console.log(i, j);"),
 ("update_string", "var s = '5'; s++; console.log(s, typeof s);"),
 ("update_member_postfix", "var o = { c: 1 }; console.log(o.c++, o.c, ++o.c);"),
 ("exponent_assign", "var x = 2; x **= 3; console.log(x);"),
 ("delete_property", "var o = { a: 1 }; console.log(delete o.a, 'a' in o, delete o.zz);"),
 ("delete_var", "var v = 1; console.log(delete v, v);"),
 ("in_operator_array", "console.log(0 in [1], 1 in [1], 'length' in []);"),
 ("object_shorthand", "var a = 1, b = 'x'; var o = { a, b }; console.log(o.a, o.b);"),
 ("object_computed", "var k = 'dyn'; var o = { [k + 1]: 'v', ['x']: 2 }; console.log(o.dyn1, o.x);"),
 ("object_getter_setter", "var o = { _v: 1, get v() { return this._v * 10; }, set v(x) { this._v = x; } }; o.v = 5; console.log(o.v);"),
 ("object_proto_literal", "var p = { hi: 'proto' }; var o = { __proto__: p }; console.log(o.hi, Object.getPrototypeOf ? 1 : 1);"),
 ("object_duplicate_keys", "var o = { a: 1, a: 2 }; console.log(o.a);"),
 ("object_method_this", "var o = { v: 3, m() { return this.v; } }; console.log(o.m());"),
 ("array_holes", "var a = [1, , 3]; console.log(a.length, 1 in a, a[1]);"),
 ("string_concat_loop", "var s = ''; for (var i = 0; i < 100; i++) s += 'ab'; console.log(s.length);"),
 ("global_assignment_sloppy", "undeclared = 5; console.log(undeclared, typeof undeclared);"),
 ("global_assignment_strict", "'use strict'; try { undeclared2 = 5; } catch (e) { console.log(e instanceof ReferenceError); }"),
 ("global_read_missing", "try { missing; } catch (e) { console.log(e.name, e.message); }"),
 ("call_non_function", "try { var x = 1; x(); } catch (e) { console.log(e instanceof TypeError); }"),
 ("property_of_undefined", "try { var u; u.x; } catch (e) { console.log(e instanceof TypeError); }"),
 ("iife", "(function () { console.log('iife'); })();"),
 ("function_length_name", "function f(a, b) {} var g = function () {}; console.log(f.length, f.name, g.name);"),
 ("function_prototype_constructor", "function F() {} console.log(F.prototype.constructor === F);"),
 ("arrow_not_constructor", "var A = () => 1; try { new A(); } catch (e) { console.log(e instanceof TypeError); }"),
 ("getter_in_closure", "function mk() { var v = 1; return { get x() { return v++; } }; } var o = mk(); o.x; console.log(o.x);"),
 ("typeof_tdz", "try { typeof t; let t; } catch (e) { console.log(e instanceof ReferenceError); }"),
 ("for_of_let_tdz_rhs", "try { for (let x of x) {} } catch (e) { console.log(e instanceof ReferenceError); }"),
 ("block_function_annex_b", "if (true) { function g() { return 'g'; } } console.log(g());"),
 ("block_function_before", "console.log(typeof h); { function h() {} } console.log(typeof h);"),
 ("strict_block_function", "'use strict'; { function k() {} } console.log(typeof k);"),
 ("comma_in_for", "for (var i = 0, j = 10; i < j; i += 3, j -= 3); console.log(i, j);"),
 ("conditional_chain", "function s(n) { return n < 0 ? 'neg' : n === 0 ? 'zero' : 'pos'; } console.log(s(-1), s(0), s(1));"),
 ("logical_in_condition", "var a = 1, b = 0; if (a && !b || b) console.log('yes'); if (!(a || b)) console.log('no');"),
 ("regexp_literal", "var r = /ab+c/g; console.log(typeof r, r.source, r.global, r.test('xabbc'));"),
 ("regexp_literal_fresh_object", "function f() { return /x/g; } var a = f(), b = f(); a.lastIndex = 3; console.log(a === b, b.lastIndex);"),
 ("require_self_main", "console.log(require.main === module);"),
 ("return_top_level", "console.log('before'); return; console.log('after');"),
 ("shadowing", "var x = 'outer'; function f() { var x = 'inner'; { let x = 'block'; } return x; } console.log(f(), x);"),
 ("closure_in_catch_param", "var fs = []; for (var i = 0; i < 2; i++) { try { throw i; } catch (e) { fs.push(() => e); } } console.log(fs[0](), fs[1]());"),
 ("closure_loop_while_let", "var fs = []; var i = 0; while (i < 3) { let j = i; fs.push(() => j); i++; } console.log(fs[0]() + fs[1]() + fs[2]());"),
 ("template_tostring", "var o = { toString: function () { return 'TS'; }, valueOf: function () { return 'VO'; } }; console.log(`${o}`, '' + o);"),
 ("number_keys_order", "var o = {}; o.b = 1; o[2] = 1; o.a = 1; o[0] = 1; var ks = ''; for (var k in o) ks += k; console.log(ks);"),
]
SP = [  # script-mode programs
 ("script_var_global", "var g1 = 5; console.log(this.g1, typeof globalThis);"),
 ("script_function_global", "function gf() { return 1; } console.log(typeof this.gf);"),
 ("script_this", "console.log(this === (function () { return this; })());"),
 ("script_let_not_global", "let notGlobal = 1; console.log(this.notGlobal);"),
]

P2 = [
 ("finally_return_overrides_throw", "function f() { try { throw 1; } catch (e) { return 'catch'; } finally { console.log('finally'); } } console.log(f());"),
 ("finally_throw_overrides_return", "function f() { try { return 1; } finally { throw 'fin'; } } try { f(); } catch (e) { console.log('caught', e); }"),
 ("finally_break_overrides_throw", "var r = ''; for (var i = 0; i < 2; i++) { try { throw 'x'; } finally { r += i; break; } } console.log(r);"),
 ("finally_continue_overrides_return", "function f() { for (var i = 0; i < 3; i++) { try { return 'early'; } finally { if (i < 2) continue; } } return 'end'; } console.log(f());"),
 ("finally_nested_order", "var s = []; function f() { try { try { s.push('t'); return 'r'; } finally { s.push('f1'); } } finally { s.push('f2'); } } var r = f(); console.log(r, s.join(','));"),
 ("finally_catch_throws", "var s = []; try { try { throw 1; } catch (e) { s.push('c'); throw 2; } finally { s.push('f'); } } catch (e) { s.push('outer' + e); } console.log(s.join(','));"),
 ("finally_return_value_evaluated_before", "var log = []; function f() { var x = 1; try { return x; } finally { x = 2; log.push(x); } } console.log(f(), log[0]);"),
 ("finally_in_loop_labeled", "var s = ''; outer: for (var i = 0; i < 3; i++) { for (var j = 0; j < 3; j++) { try { if (j === 1) continue outer; if (i === 2) break outer; s += i + '' + j; } finally { s += '.'; } } } console.log(s);"),
 ("finally_break_label_block", "var s = ''; b: { try { s += 'a'; break b; } finally { s += 'f'; } s += 'never'; } console.log(s);"),
 ("try_catch_in_loop_continue", "var s = ''; for (var i = 0; i < 4; i++) { try { if (i % 2) throw i; s += 'ok' + i; } catch (e) { s += 'e' + e; continue; } s += ';'; } console.log(s);"),
 ("catch_return_in_loop", "function f() { for (var i = 0; ; i++) { try { if (i == 3) throw i; } catch (e) { return e; } } } console.log(f());"),
 ("finally_throws_replaces", "try { try { throw new Error('first'); } finally { throw new Error('second'); } } catch (e) { console.log(e.message); }"),
 ("for_of_break_in_finally_closes", "var log = ''; var it = {}; it[Symbol.iterator] = function () { var i = 0; return { next: function () { return { value: i++, done: i > 5 }; }, return: function () { log += 'R'; return {}; } }; }; for (var v of it) { try { if (v == 2) break; } finally { log += v; } } console.log(log);"),
 ("for_of_array", "var s = 0; for (var x of [1, 2, 3]) s += x; console.log(s);"),
 ("for_of_string", "var s = ''; for (var ch of 'héllo') s = ch + s; console.log(s);"),
 ("for_of_closures", "var fs = []; for (const x of ['a', 'b']) fs.push(() => x); console.log(fs[0]() + fs[1]());"),
 ("for_in_let_closures", "var fs = []; for (let k in { a: 1, b: 2 }) fs.push(() => k); console.log(fs[0]() + fs[1]());"),
 ("for_of_return_in_function", "var closed = false; var it = {}; it[Symbol.iterator] = function () { return { next: function () { return { value: 1, done: false }; }, return: function () { closed = true; return {}; } }; }; function f() { for (var v of it) return v; } console.log(f(), closed);"),
 ("continue_in_switch", "var s = ''; for (var i = 0; i < 4; i++) { switch (i) { case 1: continue; case 2: s += 'two'; break; default: s += i; } s += ','; } console.log(s);"),
 ("do_while_continue", "var i = 0, s = ''; do { i++; if (i == 2) continue; s += i; } while (i < 4); console.log(s);"),
 ("assignment_chain", "var a, b, c; a = b = c = 5; console.log(a, b, c);"),
 ("default_pattern", "var o; o = o || {}; o.x = o.x || 3; console.log(o.x);"),
 ("for_multiple_updates", "for (var i = 0, j = 5; i < j; i++, j--); console.log(i, j);"),
 ("new_member_callee", "var ns = { C: function (v) { this.v = v; } }; console.log(new ns.C(4).v, new (function () { this.q = 1; })().q);"),
 ("primitive_method", "console.log('abc'.toUpperCase(), (5).toFixed(2), true.toString());"),
 ("call_apply_bind", "function f(a, b) { return this.x + a + b; } var o = { x: 1 }; console.log(f.call(o, 2, 3), f.apply(o, [4, 5]), f.bind(o, 10)(20));"),
 ("bind_new", "function P(a, b) { this.s = a + b; } var B = P.bind(null, 1); var p = new B(2); console.log(p.s, p instanceof P);"),
 ("var_redeclare_param", "function f(a) { var a; return a; } console.log(f(7));"),
 ("function_overrides_param", "function f(a) { function a() {} return typeof a; } console.log(f(7));"),
 ("arrow_object_literal", "console.log((() => ({ a: 1 }))().a);"),
 ("arguments_unpassed_not_mapped", "function f(a, b) { b = 2; return arguments[1]; } console.log(f(1));"),
 ("arguments_length_after_assign", "function f(a) { a = 5; return arguments.length; } console.log(f(), f(1, 2));"),
 ("arguments_callee", "function f(n) { return n ? arguments.callee(n - 1) + 1 : 0; } console.log(f(3));"),
 ("arguments_module", "console.log(arguments.length, arguments[0] === exports, typeof arguments[1]);"),
 ("closure_switch_case", "function f(k) { switch (k) { case 1: var g = function () { return 'one'; }; break; default: g = function () { return 'other'; }; } return g(); } console.log(f(1), f(2));"),
 ("closure_chain_skip", "function a() { var x = 'deep'; return function b() { return function c() { return function d() { return x; }; }; }; } console.log(a()()()());"),
 ("closure_counter_shared", "function mk() { var n = 0; return { inc: function () { return ++n; }, get: function () { return n; } }; } var c = mk(); c.inc(); c.inc(); console.log(c.get());"),
 ("closure_captured_param", "function f(p) { return function () { return p++; }; } var g = f(10); g(); console.log(g());"),
 ("closure_captured_arguments", "function f() { var args = arguments; return function () { return args[0]; }; } console.log(f('a')());"),
 ("closure_let_in_while", "var fs = [], i = 0; while (i < 3) { let v = i * 2; fs.push(function () { return v; }); i++; } console.log(fs[1]());"),
 ("string_plus_assign_captured", "var s = ''; function add(x) { s += x; } add('a'); add('b'); console.log(s);"),
 ("typeof_undeclared_strict", "'use strict'; console.log(typeof nothingHere);"),
 ("delete_array_element", "var a = [1, 2, 3]; delete a[1]; console.log(a.length, 1 in a, a[1]);"),
 ("in_with_number_key", "var o = { 1: 'x' }; console.log(1 in o, '1' in o);"),
 ("instanceof_prototype_chain", "function A() {} function B() {} B.prototype = Object.create(A.prototype); console.log(new B() instanceof A, new A() instanceof B);"),
 ("getter_setter_arguments", "var o = { set v(x) { this.n = arguments.length; } }; o.v = 1; console.log(o.n);"),
 ("method_shorthand_not_constructor", "var o = { m() {} }; try { new o.m(); } catch (e) { console.log(e instanceof TypeError); }"),
 ("object_literal_numeric_keys", "var o = { 1e3: 'a', 0x10: 'b', 1.50: 'c' }; console.log(o['1000'], o[16], o['1.5']);"),
 ("object_literal_order", "var o = { b: 1, 2: 2, a: 3, 1: 4 }; console.log(Object.keys(o).join());"),
 ("object_literal_accessor_pair", "var o = { get x() { return 1; }, set x(v) { this._x = v; } }; o.x = 9; console.log(o.x, o._x, Object.keys(o).join());"),
 ("object_literal_proto_null", "var o = { __proto__: null }; console.log(Object.getPrototypeOf(o) === null);"),
 ("object_literal_proto_string_key", "var o = { '__proto__': [] }; console.log(Array.isArray(Object.getPrototypeOf(o)));"),
 ("object_literal_computed_proto", "var o = { ['__proto__']: 1 }; console.log(Object.keys(o).join(), Object.getPrototypeOf(o) === Object.prototype);"),
 ("exponent_precedence", "console.log(2 ** 3 ** 2, (-2) ** 2);"),
 ("comparison_objects", "var a = { valueOf: function () { return 3; } }; console.log(a > 2, a + 1, `${a}`);"),
 ("update_on_undefined_property", "var o = {}; o.x++; console.log(o.x);"),
 ("compound_on_global", "g1 = 1; g1 += 2; console.log(g1);"),
 ("postfix_on_string_number", "var o = { v: '9' }; var old = o.v++; console.log(old, typeof old, o.v);"),
 ("tdz_in_closure_before_init", "function f() { return x; } try { f(); } catch (e) { console.log(e.name); } let x = 1; console.log(f());"),
 ("const_in_loop_body", "var s = 0; for (var i = 0; i < 3; i++) { const c = i * 2; s += c; } console.log(s);"),
 ("let_shadow_in_block", "let x = 1; { let x = 2; console.log(x); } console.log(x);"),
 ("switch_default_only", "switch (3) { default: console.log('d'); }"),
 ("switch_case_expression_order", "var log = ''; function c(v) { log += v; return v; } switch (2) { case c(1): break; case c(2): break; case c(3): break; } console.log(log);"),
 ("labeled_continue_while", "var i = 0, s = ''; outer: while (i < 3) { i++; var j = 0; while (j < 3) { j++; if (j == 2) continue outer; s += i + '' + j + ' '; } } console.log(s);"),
 ("nested_functions_hoisting", "function outer() { return inner(); function inner() { return 'inner'; } } console.log(outer());"),
 ("iife_this_module", "console.log((function () { return typeof this; })(), (() => this === module.exports)());"),
 ("strict_function_in_sloppy", "function f() { 'use strict'; return typeof this; } function g() { return typeof this; } console.log(f(), g());"),
 ("json_roundtrip", "console.log(JSON.stringify({ a: [1, 'x', null], b: { c: true } }));"),
 ("error_stack_first_line", "var e = new TypeError('bad'); console.log(e.stack.split('\\n')[0]);"),
 ("throw_in_getter", "var o = { get x() { throw new Error('getter'); } }; try { o.x; } catch (e) { console.log(e.message); }"),
 ("many_args_spread_like", "function f() { var s = 0; for (var i = 0; i < arguments.length; i++) s += arguments[i]; return s; } console.log(f(1, 2, 3, 4, 5, 6, 7, 8));"),
 ("closure_in_for_of_var", "var fs = []; for (var x of [1, 2]) fs.push(() => x); console.log(fs[0](), fs[1]());"),
 ("nested_ternary_calls", "function a() { return 1; } function b() { return 2; } console.log(true ? a() : b(), false ? a() : b());"),
 ("logical_side_effects", "var n = 0; function t() { n++; return true; } function f() { n += 10; return false; } f() && t(); t() || f(); console.log(n);"),
 ("void_and_comma", "var x = (void 0, 5); console.log(x, void 'ignored');"),
 ("string_escape_output", "console.log('a\\tb\\\\c', 'q\"uote', \"it's\");"),
 ("call_as_assignment_target", "function f() { console.log('called'); return {}; } try { f() = 1; } catch (e) { console.log(e.name, e.message); } try { f()++; } catch (e) { console.log(e.name); } try { for (f() in { a: 1 }) {} } catch (e) { console.log(e.name); } for (f() in {}) {} console.log('no iterations');"),
 ("unicode_identifiers", "var café = 'ok', \\u0061b = 2; console.log(café, ab);"),
]
SP2 = [
 ("script_function_redeclare", "var f = 1; function f() {} console.log(typeof f);"),
 ("script_delete_var", "var v = 1; console.log(delete this.v, typeof v);"),
 ("script_implicit_global_delete", "w = 1; console.log(delete this.w, typeof w);"),
 ("script_annex_b_block_function", "{ function bf() { return 'bf'; } } console.log(bf(), typeof this.bf);"),
]


def node(js, script=False):
    if script:
        code = "const vm=require('vm'); vm.runInThisContext(" + json.dumps(js) + ", {filename:'t.js'});"
        r = subprocess.run(['node', '-e', code], capture_output=True, text=True)
    else:
        with tempfile.NamedTemporaryFile('w', suffix='.js', delete=False) as f:
            f.write(js)
        r = subprocess.run(['node', f.name], capture_output=True, text=True)
        os.unlink(f.name)
    if r.returncode:
        sys.exit(f"node failed on: {js}\n{r.stderr}")
    return r.stdout.rstrip('\n')

def cs(s):
    return json.dumps(s, ensure_ascii=False)

def program_theory(lines, programs, method, mode_arg):
    lines.append("    [Theory]")
    for name, js in programs:
        lines.append(f"    [InlineData({cs(name)}, {cs(js)}, {cs(node(js, mode_arg is not None))})]")
    extra = ", " + mode_arg if mode_arg else ""
    lines.append(f"    public void {method}(string name, string js, string expected)\n    {{\n        _ = name;\n        JsRunner.ExpectOutput(js, expected{extra});\n    }}")

header = ["// Generated by tables/generate.py from node's output; edit the tables there, not this file.",
          "using Oden.Compiler.Tests.TestSupport;", "", "namespace Oden.Compiler.Tests.EndToEnd;", ""]

lines = list(header)
lines.append("public sealed class ExpressionTests\n{\n    [Theory]")
for e in E:
    lines.append(f"    [InlineData({cs(e)}, {cs(node('console.log(' + e + ');'))})]")
lines.append("    public void Expression_Evaluates_LikeNode(string js, string expected) => JsRunner.ExpectOutput($\"console.log({js});\", expected);\n}\n")
lines.append("public sealed class StatementTests\n{")
program_theory(lines, P, "Program_Runs_LikeNode", None)
lines.append("")
program_theory(lines, SP, "Script_Runs_LikeNode", "ScriptMode.ClassicScript")
lines.append("}")
open(os.path.join(OUT, "LanguageTests.cs"), "w").write("\n".join(lines) + "\n")

lines = list(header)
lines.append("public sealed class CompletionAndClosureTests\n{")
program_theory(lines, P2, "Program_Runs_LikeNode", None)
lines.append("")
program_theory(lines, SP2, "Script_Runs_LikeNode", "ScriptMode.ClassicScript")
lines.append("}")
open(os.path.join(OUT, "CompletionAndClosureTests.cs"), "w").write("\n".join(lines) + "\n")
