// The JS-visible surface of Promise and AggregateError (lengths, names, key order, attributes) and the
// errors thrown for bad arguments, with expectations from node 20.
using Oden.Runtime.Builtins;

namespace Oden.Runtime.Tests.Builtins.Promise;

public class PromiseSurfaceTests
{
    [Theory]
    [InlineData("Promise", "length,name,prototype,all,allSettled,any,race,resolve,reject,withResolvers")]
    [InlineData("Promise.prototype", "constructor,then,catch,finally")]
    [InlineData("AggregateError.prototype", "constructor,name,message")]
    public void OwnPropertyNames_Builtin_InSpecOrder(string path, string expected)
    {
        var kit = new PromiseKit();
        var names = kit.Realm.GetPath(path).AsObject.OwnPropertyKeys().Where(k => !k.IsSymbol).Select(k => k.ToString());
        Assert.Equal(expected, string.Join(",", names));
    }

    [Theory]
    [InlineData("Promise", 1, "Promise")]
    [InlineData("Promise.all", 1, "all")]
    [InlineData("Promise.allSettled", 1, "allSettled")]
    [InlineData("Promise.any", 1, "any")]
    [InlineData("Promise.race", 1, "race")]
    [InlineData("Promise.resolve", 1, "resolve")]
    [InlineData("Promise.reject", 1, "reject")]
    [InlineData("Promise.withResolvers", 0, "withResolvers")]
    [InlineData("Promise.prototype.then", 2, "then")]
    [InlineData("Promise.prototype.catch", 1, "catch")]
    [InlineData("Promise.prototype.finally", 1, "finally")]
    [InlineData("AggregateError", 2, "AggregateError")]
    public void LengthAndName_Function_MatchNode(string path, int length, string name)
    {
        var kit = new PromiseKit();
        JsObject f = kit.Realm.GetPath(path).AsObject;
        Assert.Equal(length, f.Get("length").AsNumber);
        Assert.Equal(name, f.Get("name").AsString());
    }

    [Fact]
    public void Species_Getter_ReturnsThisAndIsNamed()
    {
        var kit = new PromiseKit();
        Assert.True(kit.Realm.Intrinsics.PromiseConstructor.GetOwnProperty(PropertyKey.FromSymbol(JsSymbol.Species), out PropertyDescriptor d));
        Assert.Equal("get [Symbol.species]", d.Get!.Get("name").AsString());
        Assert.Equal(5d, d.Get!.Call0(5).AsNumber);
        Assert.Equal("Promise", kit.Realm.Intrinsics.PromisePrototype.Get(PropertyKey.FromSymbol(JsSymbol.ToStringTag)).AsString());
        Assert.Equal("[object Promise]", kit.Str(kit.Realm.CallPath("Object.prototype.toString", kit.Resolved(1))));
    }

    [Fact]
    public void Prototype_Attributes_AreFixed()
    {
        var kit = new PromiseKit();
        Assert.True(kit.Realm.Intrinsics.PromiseConstructor.GetOwnProperty("prototype", out PropertyDescriptor d));
        Assert.False(d.Writable || d.Enumerable || d.Configurable);
        Assert.Same(kit.Realm.Intrinsics.ObjectPrototype, kit.Realm.Intrinsics.PromisePrototype.Prototype);
        Assert.Same(kit.Realm.Intrinsics.GetErrorConstructor(ErrorKind.Error), kit.Realm.Intrinsics.AggregateErrorConstructor.Prototype);
        Assert.Same(kit.Realm.Intrinsics.GetErrorPrototype(ErrorKind.Error), kit.Realm.Intrinsics.AggregateErrorPrototype.Prototype);
    }

    [Fact]
    public void ResolvingFunctions_AreAnonymousWithLengthOne()
    {
        var kit = new PromiseKit();
        kit.New((resolve, reject) =>
        {
            foreach (JsFunction f in new[] { resolve, reject })
            {
                Assert.Equal(1d, f.Get("length").AsNumber);
                Assert.Equal("", f.Get("name").AsString());
                Assert.Equal("length,name", string.Join(",", f.OwnPropertyKeys().Select(k => k.ToString())));
                Assert.False(f.IsConstructor);
            }
        });
    }

    [Theory]
    [InlineData("Promise()", "TypeError: Promise constructor cannot be invoked without 'new'")]
    [InlineData("new Promise()", "TypeError: Promise resolver undefined is not a function")]
    [InlineData("new Promise({})", "TypeError: Promise resolver #<Object> is not a function")]
    [InlineData("Promise.prototype.then.call({})", "TypeError: Method Promise.prototype.then called on incompatible receiver #<Object>")]
    [InlineData("Promise.prototype.then.call(1)", "TypeError: Method Promise.prototype.then called on incompatible receiver 1")]
    [InlineData("Promise.prototype.finally.call(1)", "TypeError: Promise.prototype.finally called on non-object")]
    [InlineData("Promise.resolve.call(1)", "TypeError: PromiseResolve called on non-object")]
    [InlineData("Promise.reject.call(1)", "TypeError: PromiseReject called on non-object")]
    [InlineData("Promise.reject.call({})", "TypeError: #<Object> is not a constructor")]
    [InlineData("Promise.all.call(1)", "TypeError: Promise.all called on non-object")]
    [InlineData("Promise.all.call({})", "TypeError: #<Object> is not a constructor")]
    [InlineData("p.constructor = 1; p.then()", "TypeError: The .constructor property is not an object")]
    [InlineData("p.constructor = { [Symbol.species]: 1 }; p.then()", "TypeError: object.constructor[Symbol.species] is not a constructor")]
    [InlineData("Promise.resolve.call(function C(ex) { ex(1, 2); })", "TypeError: Promise resolve or reject function is not callable")]
    [InlineData("Promise.resolve.call(function C(ex) { ex(f, f); ex(f, f); })", "TypeError: Promise executor has already been invoked with non-undefined arguments")]
    public void BadArguments_Throw_AsNode(string js, string expected)
    {
        var kit = new PromiseKit();
        Realm realm = kit.Realm;
        JsValue promise = realm.Intrinsics.PromiseConstructor;
        JsValue proto = realm.Intrinsics.PromisePrototype;
        JsValue obj = kit.Obj();
        JsValue p = kit.Resolved(1);
        JsFunction f = kit.Fn(_ => default);
        JsValue Call(string path, JsValue self, params JsValue[] args) => Operations.Call(realm, realm.GetPath(path), self, args);
        JsFunction CallsExecutor(Action<JsFunction> body) => kit.Constructor(a => { body((JsFunction)a[0].AsObject); return kit.Obj(); });

        Action action = js switch
        {
            "Promise()" => () => Operations.Call(realm, promise, default, []),
            "new Promise()" => () => Operations.Construct(realm, promise, []),
            "new Promise({})" => () => Operations.Construct(realm, promise, [obj]),
            "Promise.prototype.then.call({})" => () => Call("Promise.prototype.then", obj),
            "Promise.prototype.then.call(1)" => () => Call("Promise.prototype.then", 1),
            "Promise.prototype.finally.call(1)" => () => Call("Promise.prototype.finally", 1),
            "Promise.resolve.call(1)" => () => Call("Promise.resolve", 1),
            "Promise.reject.call(1)" => () => Call("Promise.reject", 1),
            "Promise.reject.call({})" => () => Call("Promise.reject", obj),
            "Promise.all.call(1)" => () => Call("Promise.all", 1),
            "Promise.all.call({})" => () => Call("Promise.all", obj),
            "p.constructor = 1; p.then()" => () => { p.AsObject.Set("constructor", 1); kit.Then(p, default); },
            "p.constructor = { [Symbol.species]: 1 }; p.then()" => () =>
            {
                p.AsObject.Set("constructor", realm.With(kit.Obj(), (JsSymbol.Species, (JsValue)1)));
                kit.Then(p, default);
            },
            "Promise.resolve.call(function C(ex) { ex(1, 2); })" => () => Call("Promise.resolve", CallsExecutor(ex => ex.Call2(default, 1, 2))),
            _ => () => Call("Promise.resolve", CallsExecutor(ex => { ex.Call2(default, f, f); ex.Call2(default, f, f); })),
        };

        Assert.Equal(expected, RealmTestExtensions.ThrowsJs(action));
    }

    [Fact]
    public void AggregateError_Construct_InstallsMessageCauseAndErrors()
    {
        // const e = new AggregateError(new Set([1, 2]), 'msg', { cause: 'c' });
        // Reflect.ownKeys(e) → [ 'stack', 'message', 'cause', 'errors' ]; String(e) → 'AggregateError: msg'
        var kit = new PromiseKit();
        Realm realm = kit.Realm;
        JsValue e = Operations.Construct(realm, realm.GetPath("AggregateError"), [kit.Array(1, 2), "msg", kit.Obj(("cause", "c"))]);
        Assert.Equal("stack,message,cause,errors", string.Join(",", e.AsObject.OwnPropertyKeys().Select(k => k.ToString())));
        Assert.Equal("AggregateError: msg", kit.Str(e));
        Assert.Equal("1,2", kit.Str(kit.Get(e, "errors")));
        Assert.True(e.AsObject.GetOwnProperty("errors", out PropertyDescriptor d) && d.Writable && !d.Enumerable && d.Configurable);
        Assert.True(Operations.InstanceOf(realm, e, realm.GetPath("Error")));

        // AggregateError(5) (called, not constructed) → TypeError: number 5 is not iterable …
        Assert.StartsWith("TypeError:", RealmTestExtensions.ThrowsJs(() => Operations.Call(realm, realm.GetPath("AggregateError"), default, [5])));
        JsValue called = Operations.Call(realm, realm.GetPath("AggregateError"), default, [kit.Array()]);
        Assert.Equal("AggregateError", kit.Str(called));
    }

    [Fact]
    public void WithResolvers_ReturnsPromiseAndItsFunctions()
    {
        // const { promise, resolve } = Promise.withResolvers(); promise.then(v => log(v)); resolve(3); → 3
        var kit = new PromiseKit();
        JsValue record = kit.Static("withResolvers");
        Assert.Equal("promise,resolve,reject", string.Join(",", record.AsObject.OwnPropertyKeys().Select(k => k.ToString())));
        kit.Then(kit.Get(record, "promise"), kit.Logger("", true));
        Operations.Call(kit.Realm, kit.Get(record, "resolve"), default, [3]);
        Assert.Equal("3", kit.Run());
    }
}
