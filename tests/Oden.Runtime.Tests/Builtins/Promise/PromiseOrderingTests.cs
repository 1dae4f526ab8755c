// The order of observable effects of promise jobs: each scenario is a JavaScript snippet (whose node
// output is the expected log) and the same calls made through PromiseKit. Regenerate the expectations by
// running the snippets with node (see PromiseKit's header).
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Promise;

public class PromiseOrderingTests
{
    private static readonly Dictionary<string, (string Js, Action<PromiseKit> Run)> s_scenarios = new()
    {
        ["interleaved-chains"] = (
            """
            Promise.resolve().then(() => log('a1')).then(() => log('a2'));
            Promise.resolve().then(() => log('b1')).then(() => log('b2'));
            log('sync');
            """,
            k =>
            {
                k.Then(k.Then(k.Resolved(default), k.Logger("a1")), k.Logger("a2"));
                k.Then(k.Then(k.Resolved(default), k.Logger("b1")), k.Logger("b2"));
                k.Say("sync");
            }),

        ["executor-runs-synchronously"] = (
            """
            new Promise(r => { log('executor'); r(1); }).then(v => log('then' + v));
            log('sync');
            """,
            k =>
            {
                k.Then(k.New((resolve, _) => { k.Say("executor"); resolve.Call1(default, 1); }), k.Logger("then", true));
                k.Say("sync");
            }),

        ["adopting-a-native-promise-takes-two-extra-ticks"] = (
            """
            new Promise(r => r(Promise.resolve('x'))).then(v => log('adopted ' + v));
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
            """,
            k =>
            {
                k.Then(k.New((resolve, _) => resolve.Call1(default, k.Resolved("x"))), k.Logger("adopted ", true));
                k.Ticks("t", 4);
            }),

        ["adopting-a-thenable-object-takes-one-tick"] = (
            """
            new Promise(r => r({ then(f) { log('then called'); f(7); } })).then(v => log('v' + v));
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3'));
            log('sync');
            """,
            k =>
            {
                k.Then(k.New((resolve, _) => resolve.Call1(default, k.Thenable((f, _) => { k.Say("then called"); f.Call1(default, 7); }))), k.Logger("v", true));
                k.Ticks("t", 3);
                k.Say("sync");
            }),

        ["then-returning-a-promise-takes-two-extra-ticks"] = (
            """
            Promise.resolve().then(() => Promise.resolve('r')).then(v => log('got ' + v));
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
            """,
            k =>
            {
                k.Then(k.Then(k.Resolved(default), k.Fn(_ => k.Resolved("r"))), k.Logger("got ", true));
                k.Ticks("t", 4);
            }),

        ["await-sequence"] = (
            """
            (async function () { log('f0'); let v; v = await 1; log('f1:' + v); v = await Promise.resolve(2); log('f2:' + v); try { await Promise.reject(3); } catch (e) { log('f3!' + e); } })();
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
            log('sync');
            """,
            k =>
            {
                k.Async("f", [1, k.Resolved(2), k.Rejected(3)]);
                k.Ticks("t", 4);
                k.Say("sync");
            }),

        ["await-thenable-takes-two-ticks"] = (
            """
            (async function () { log('f0'); const v = await { then(r) { r('th'); } }; log('f1:' + v); })();
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3'));
            """,
            k =>
            {
                k.Async("f", [k.Thenable((r, _) => r.Call1(default, "th"))]);
                k.Ticks("t", 3);
            }),

        ["async-return-of-a-promise-takes-three-ticks"] = (
            """
            (async function () { log('f0'); return Promise.resolve('ret'); })().then(v => log('result ' + v));
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
            """,
            k =>
            {
                k.Then(k.Async("f", [], k.Resolved("ret")), k.Logger("result ", true));
                k.Ticks("t", 4);
            }),

        ["two-async-functions-interleave"] = (
            """
            (async function () { log('a0'); let v = await null; log('a1:' + v); v = await null; log('a2:' + v); })();
            (async function () { log('b0'); let v = await null; log('b1:' + v); v = await null; log('b2:' + v); })();
            """,
            k =>
            {
                k.Async("a", [JsValue.Null, JsValue.Null]);
                k.Async("b", [JsValue.Null, JsValue.Null]);
            }),

        ["catch-skips-fulfilment-handlers"] = (
            """
            Promise.reject(1).then(() => log('no')).then(() => log('no')).catch(e => log('caught ' + e));
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3'));
            """,
            k =>
            {
                k.Catch(k.Then(k.Then(k.Rejected(1), k.Logger("no")), k.Logger("no")), k.Logger("caught ", true));
                k.Ticks("t", 3);
            }),

        ["handler-throws-rejects-the-derived-promise"] = (
            """
            Promise.resolve(1).then(() => { throw 'boom'; }).then(() => log('no'), e => log('rejected ' + e));
            """,
            k => k.Then(k.Then(k.Resolved(1), k.Thrower("boom")), k.Logger("no"), k.Logger("rejected ", true))),

        ["non-callable-handlers-pass-through"] = (
            """
            Promise.resolve(5).then(null, 3).then(v => log('v' + v));
            Promise.reject(6).then(1, undefined).then(null, e => log('e' + e));
            """,
            k =>
            {
                k.Then(k.Then(k.Resolved(5), JsValue.Null, 3), k.Logger("v", true));
                k.Then(k.Then(k.Rejected(6), 1), JsValue.Null, k.Logger("e", true));
            }),

        ["executor-throw-after-resolve-is-ignored"] = (
            """
            new Promise(r => { r('first'); throw 'late'; }).then(v => log('v ' + v), e => log('e ' + e));
            new Promise(() => { throw 'early'; }).then(v => log('v ' + v), e => log('e ' + e));
            new Promise((res, rej) => { rej('r1'); res('r2'); rej('r3'); }).then(v => log('v ' + v), e => log('e ' + e));
            """,
            k =>
            {
                k.Then(k.New((r, _) => { r.Call1(default, "first"); throw new JsException("late"); }), k.Logger("v ", true), k.Logger("e ", true));
                k.Then(k.New((_, _) => throw new JsException("early")), k.Logger("v ", true), k.Logger("e ", true));
                k.Then(k.New((res, rej) => { rej.Call1(default, "r1"); res.Call1(default, "r2"); rej.Call1(default, "r3"); }), k.Logger("v ", true), k.Logger("e ", true));
            }),

        ["self-resolution-is-a-type-error"] = (
            """
            let res; const p = new Promise(r => { res = r; }); res(p); p.catch(e => log(e));
            """,
            k =>
            {
                JsFunction? res = null;
                JsValue p = k.New((r, _) => res = r);
                res!.Call1(default, p);
                k.Catch(p, k.Logger("", true));
            }),

        ["throwing-then-getter-rejects"] = (
            """
            new Promise(r => r({ get then() { log('get then'); throw 'getter'; } })).catch(e => log('e ' + e));
            log('sync');
            """,
            k =>
            {
                JsObject o = k.Obj();
                o.DefineAccessorProperty("then", k.Fn(_ => { k.Say("get then"); throw new JsException("getter"); }), null, PropertyFlags.Default);
                k.Catch(k.New((r, _) => r.Call1(default, o)), k.Logger("e ", true));
                k.Say("sync");
            }),

        ["finally-passes-values-through-and-takes-extra-ticks"] = (
            """
            Promise.resolve(1).finally(() => log('fin')).then(v => log('v' + v));
            Promise.reject(2).finally(() => 'ignored').catch(e => log('e' + e));
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4')).then(() => log('t5'));
            """,
            k =>
            {
                k.Then(k.Finally(k.Resolved(1), k.Logger("fin")), k.Logger("v", true));
                k.Catch(k.Finally(k.Rejected(2), k.Fn(_ => "ignored")), k.Logger("e", true));
                k.Ticks("t", 5);
            }),

        ["finally-throw-or-rejection-overrides"] = (
            """
            Promise.resolve(1).finally(() => { throw 'thrown'; }).catch(e => log('e ' + e));
            Promise.resolve(1).finally(() => Promise.reject('rejected')).catch(e => log('e ' + e));
            Promise.resolve(1).finally(7).then(v => log('v ' + v));
            """,
            k =>
            {
                k.Catch(k.Finally(k.Resolved(1), k.Thrower("thrown")), k.Logger("e ", true));
                k.Catch(k.Finally(k.Resolved(1), k.Fn(_ => k.Rejected("rejected"))), k.Logger("e ", true));
                k.Then(k.Finally(k.Resolved(1), 7), k.Logger("v ", true));
            }),

        ["all-resolves-in-order-with-values-and-thenables"] = (
            """
            Promise.all([1, Promise.resolve(2), { then(f) { f(3); } }, new Promise(r => r(4))]).then(v => log('all ' + v));
            Promise.resolve().then(() => log('t1')).then(() => log('t2')).then(() => log('t3')).then(() => log('t4'));
            """,
            k =>
            {
                k.Then(k.Static("all", k.Array(1, k.Resolved(2), k.Thenable((f, _) => f.Call1(default, 3)), k.New((r, _) => r.Call1(default, 4)))), k.Logger("all ", true));
                k.Ticks("t", 4);
            }),

        ["all-rejects-with-the-first-rejection"] = (
            """
            Promise.all([Promise.resolve(1), Promise.reject('x'), Promise.reject('y')]).then(() => log('no'), e => log('e ' + e));
            Promise.all([]).then(v => log('empty [' + v + '] ' + Array.isArray(v)));
            """,
            k =>
            {
                k.Then(k.Static("all", k.Array(k.Resolved(1), k.Rejected("x"), k.Rejected("y"))), k.Logger("no"), k.Logger("e ", true));
                k.Then(k.Static("all", k.Array()), k.Fn(v => { k.Say("empty [" + k.Str(v) + "] " + (Operations.IsArray(v) ? "true" : "false")); return default; }));
            }),

        ["allSettled-reports-every-outcome"] = (
            """
            Promise.allSettled([1, Promise.reject('no'), Promise.resolve(3)]).then(rs => log(rs.map(r => r.status + ':' + (r.status === 'fulfilled' ? r.value : r.reason)).join()));
            """,
            k => k.Then(k.Static("allSettled", k.Array(1, k.Rejected("no"), k.Resolved(3))), k.Fn(rs =>
            {
                var parts = new List<string>();
                for (int i = 0; i < 3; i++)
                {
                    JsValue r = k.Get(rs, i.ToString());
                    string status = k.Str(k.Get(r, "status"));
                    parts.Add(status + ":" + k.Str(k.Get(r, status == "fulfilled" ? "value" : "reason")));
                }

                k.Say(string.Join(",", parts));
                return default;
            }))),

        ["any-fulfils-with-the-first-fulfilment-or-aggregates"] = (
            """
            Promise.any([Promise.reject(1), Promise.resolve(2), 3]).then(v => log('any ' + v));
            Promise.any([Promise.reject('a'), Promise.reject('b')]).catch(e => log(e + ' [' + e.errors + '] ' + (e instanceof AggregateError)));
            Promise.any([]).catch(e => log('empty ' + e.errors.length));
            """,
            k =>
            {
                k.Then(k.Static("any", k.Array(k.Rejected(1), k.Resolved(2), 3)), k.Logger("any ", true));
                k.Catch(k.Static("any", k.Array(k.Rejected("a"), k.Rejected("b"))), k.Fn(e =>
                {
                    bool isAggregate = Operations.InstanceOf(k.Realm, e, k.Realm.Intrinsics.AggregateErrorConstructor);
                    k.Say(k.Str(e) + " [" + k.Str(k.Get(e, "errors")) + "] " + (isAggregate ? "true" : "false"));
                    return default;
                }));
                k.Catch(k.Static("any", k.Array()), k.Fn(e => { k.Say("empty " + k.Str(k.Get(k.Get(e, "errors"), "length"))); return default; }));
            }),

        ["race-settles-with-the-first"] = (
            """
            Promise.race([new Promise(() => {}), Promise.resolve('fast'), Promise.reject('slow')]).then(v => log('race ' + v), e => log('e ' + e));
            Promise.race([Promise.reject('r'), 1]).then(v => log('race ' + v), e => log('e ' + e));
            """,
            k =>
            {
                k.Then(k.Static("race", k.Array(k.New((_, _) => { }), k.Resolved("fast"), k.Rejected("slow"))), k.Logger("race ", true), k.Logger("e ", true));
                k.Then(k.Static("race", k.Array(k.Rejected("r"), 1)), k.Logger("race ", true), k.Logger("e ", true));
            }),

        ["combinators-reject-on-non-iterables"] = (
            """
            Promise.all(undefined).catch(e => log(e));
            Promise.race(5).catch(e => log(e.name));
            """,
            k =>
            {
                k.Catch(k.Static("all", JsValue.Undefined), k.Logger("", true));
                k.Catch(k.Static("race", 5), k.Fn(e => { k.Say(k.Str(k.Get(e, "name"))); return default; }));
            }),

        ["resolve-returns-the-same-native-promise"] = (
            """
            const p = Promise.resolve(1); log(Promise.resolve(p) === p); log(Promise.reject(p) === p); Promise.reject(p).catch(e => log(e === p));
            """,
            k =>
            {
                JsValue p = k.Resolved(1);
                k.Say(Operations.IsStrictlyEqual(k.Resolved(p), p) ? "true" : "false");
                k.Say(Operations.IsStrictlyEqual(k.Rejected(p), p) ? "true" : "false");
                k.Catch(k.Rejected(p), k.Fn(e => { k.Say(Operations.IsStrictlyEqual(e, p) ? "true" : "false"); return default; }));
            }),

        ["custom-constructor-gets-the-capability-executor"] = (
            """
            function C(executor) { log('C ' + executor.length + ' ' + JSON.stringify(executor.name)); executor(v => log('res ' + v), e => log('rej ' + e)); }
            Promise.resolve.call(C, 5); Promise.reject.call(C, 6); Promise.all.call(Object.assign(C, { resolve: v => ({ then(f, r) { log('then ' + v); } }) }), [8]);
            """,
            k =>
            {
                JsFunction? c = null;
                c = k.Constructor(args =>
                {
                    var executor = (JsFunction)args[0].AsObject;
                    k.Say("C " + k.Str(executor.Get("length")) + " \"" + k.Str(executor.Get("name")) + "\"");
                    executor.Call2(default, k.Logger("res ", true), k.Logger("rej ", true));
                    return k.Obj();
                });
                Operations.Call(k.Realm, k.Get(k.PromiseCtor, "resolve"), c, [5]);
                Operations.Call(k.Realm, k.Get(k.PromiseCtor, "reject"), c, [6]);
                c.Set("resolve", k.Fn(v => k.Thenable((_, _) => k.Say("then " + k.Str(v)))));
                Operations.Call(k.Realm, k.Get(k.PromiseCtor, "all"), c, [k.Array(8)]);
            }),

        ["species-constructor-builds-the-derived-promise"] = (
            """
            const p = Promise.resolve(1);
            p.constructor = { [Symbol.species]: function (executor) { log('species'); executor(v => log('derived ' + v), () => {}); } };
            p.then(v => v + 1);
            """,
            k =>
            {
                JsValue p = k.Resolved(1);
                JsFunction species = k.Constructor(args =>
                {
                    k.Say("species");
                    ((JsFunction)args[0].AsObject).Call2(default, k.Logger("derived ", true), k.Fn(_ => default));
                    return k.Obj();
                });
                p.AsObject.Set("constructor", k.Realm.With(k.Obj(), (JsSymbol.Species, (JsValue)species)));
                k.Then(p, k.Fn(v => v.AsNumber + 1));
            }),

        ["unhandled-rejections-are-reported-after-the-drain"] = (
            """
            Promise.reject('lonely');
            Promise.reject('caught').catch(() => log('caught'));
            const late = Promise.reject('late'); Promise.resolve().then(() => late.catch(() => log('late caught')));
            Promise.reject('chained').then(() => {});
            """,
            k =>
            {
                k.Rejected("lonely");
                k.Catch(k.Rejected("caught"), k.Logger("caught"));
                JsValue late = k.Rejected("late");
                k.Then(k.Resolved(default), k.Fn(_ => k.Catch(late, k.Logger("late caught"))));
                k.Then(k.Rejected("chained"), k.Fn(_ => default));
            }),
    };

    [Theory]
    [InlineData("adopting-a-native-promise-takes-two-extra-ticks", "t1 t2 adopted x t3 t4")]
    [InlineData("adopting-a-thenable-object-takes-one-tick", "sync then called t1 v7 t2 t3")]
    [InlineData("all-rejects-with-the-first-rejection", "empty [] true e x")]
    [InlineData("all-resolves-in-order-with-values-and-thenables", "t1 t2 all 1,2,3,4 t3 t4")]
    [InlineData("allSettled-reports-every-outcome", "fulfilled:1,rejected:no,fulfilled:3")]
    [InlineData("any-fulfils-with-the-first-fulfilment-or-aggregates", "empty 0 any 2 AggregateError: All promises were rejected [a,b] true")]
    [InlineData("async-return-of-a-promise-takes-three-ticks", "f0 t1 t2 result ret t3 t4")]
    [InlineData("await-sequence", "f0 sync f1:1 t1 f2:2 t2 f3!3 t3 t4")]
    [InlineData("await-thenable-takes-two-ticks", "f0 t1 f1:th t2 t3")]
    [InlineData("catch-skips-fulfilment-handlers", "t1 t2 caught 1 t3")]
    [InlineData("combinators-reject-on-non-iterables", "TypeError: undefined is not iterable (cannot read property Symbol(Symbol.iterator)) TypeError")]
    [InlineData("custom-constructor-gets-the-capability-executor", "C 2 \"\" res 5 C 2 \"\" rej 6 C 2 \"\" then 8")]
    [InlineData("executor-runs-synchronously", "executor sync then1")]
    [InlineData("executor-throw-after-resolve-is-ignored", "v first e early e r1")]
    [InlineData("finally-passes-values-through-and-takes-extra-ticks", "fin t1 t2 t3 v1 e2 t4 t5")]
    [InlineData("finally-throw-or-rejection-overrides", "e thrown v 1 e rejected")]
    [InlineData("handler-throws-rejects-the-derived-promise", "rejected boom")]
    [InlineData("interleaved-chains", "sync a1 b1 a2 b2")]
    [InlineData("non-callable-handlers-pass-through", "v5 e6")]
    [InlineData("race-settles-with-the-first", "race fast e r")]
    [InlineData("resolve-returns-the-same-native-promise", "true false true unhandled:[object Promise]")]
    [InlineData("self-resolution-is-a-type-error", "TypeError: Chaining cycle detected for promise #<Promise>")]
    [InlineData("species-constructor-builds-the-derived-promise", "species derived 2")]
    [InlineData("then-returning-a-promise-takes-two-extra-ticks", "t1 t2 t3 got r t4")]
    [InlineData("throwing-then-getter-rejects", "get then sync e getter")]
    [InlineData("two-async-functions-interleave", "a0 b0 a1:null b1:null a2:null b2:null")]
    [InlineData("unhandled-rejections-are-reported-after-the-drain", "caught late caught unhandled:lonely unhandled:chained")]
    public void Scenario_DrainedJobQueue_MatchesNodeOrder(string name, string expected)
    {
        var kit = new PromiseKit();
        s_scenarios[name].Run(kit);
        Assert.Equal(expected, kit.Run());
    }

    [Fact]
    public void Scenarios_EveryOneHasAnExpectation()
    {
        System.Reflection.MethodInfo method = typeof(PromiseOrderingTests).GetMethod(nameof(Scenario_DrainedJobQueue_MatchesNodeOrder))!;
        var tested = method.GetCustomAttributes(typeof(InlineDataAttribute), false)
            .Select(a => (string)((InlineDataAttribute)a).GetData(method).First()[0]);
        Assert.Equal(s_scenarios.Keys.Order(), tested.Order());
    }
}
