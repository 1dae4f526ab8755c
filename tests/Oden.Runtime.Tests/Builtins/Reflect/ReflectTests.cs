// Reflect: each function against node 20 (the property table, receivers, failures reported as false,
// TypeErrors for non-object targets, RangeErrors from array length). Rows marked "type only" compare just
// the error type because their message comes from a shared operation (ToPropertyDescriptor, a function's
// source text).
using Oden.Runtime;
using Oden.Runtime.Builtins;
using static Oden.Runtime.Tests.Builtins.BuiltinsKit;

namespace Oden.Runtime.Tests.Builtins;

public class ReflectTests
{
    [Theory]
    [InlineData("keys", "\"defineProperty,deleteProperty,apply,construct,get,getOwnPropertyDescriptor,getPrototypeOf,has,isExtensible,ownKeys,preventExtensions,set,setPrototypeOf,Symbol(Symbol.toStringTag)\"")]
    [InlineData("toStringTag", "\"[object Reflect]\"")]
    [InlineData("lengths", "\"defineProperty/3,deleteProperty/2,apply/3,construct/2,get/2,getOwnPropertyDescriptor/2,getPrototypeOf/1,has/2,isExtensible/1,ownKeys/1,preventExtensions/1,set/3,setPrototypeOf/2\"")]
    [InlineData("apply", "3")]
    [InlineData("apply array-like", "\"el\"")]
    [InlineData("apply non-callable", "TypeError: Function.prototype.apply was called on 1, which is a number and not a function")]
    [InlineData("apply non-object args", "TypeError: CreateListFromArrayLike called on non-object")]
    [InlineData("construct", "[1,2,3]")]
    [InlineData("construct newTarget", "true")]
    [InlineData("construct newTarget not constructor", "TypeError: function max() { [native code] } is not a constructor")]
    [InlineData("defineProperty", "[true,false,1]")]
    [InlineData("defineProperty non-object", "TypeError: Reflect.defineProperty called on non-object")]
    [InlineData("defineProperty bad descriptor", "TypeError: Property description must be an object: 1")]
    [InlineData("defineProperty array length", "RangeError: Invalid array length")]
    [InlineData("defineProperty array length string", "[true,1]")]
    [InlineData("deleteProperty", "[false,true,true]")]
    [InlineData("get receiver", "42")]
    [InlineData("get number key", "20")]
    [InlineData("get non-object", "TypeError: Reflect.get called on non-object")]
    [InlineData("getOwnPropertyDescriptor", "{value:1,writable:true,enumerable:true,configurable:true}")]
    [InlineData("getOwnPropertyDescriptor absent", "undefined")]
    [InlineData("getPrototypeOf null", "null")]
    [InlineData("getPrototypeOf non-object", "TypeError: Reflect.getPrototypeOf called on non-object")]
    [InlineData("has", "[true,true,true,false]")]
    [InlineData("has non-object", "TypeError: Reflect.has called on non-object")]
    [InlineData("isExtensible", "[true,false]")]
    [InlineData("ownKeys order", "[\"1\",\"2\",\"b\",\"a\",\"Symbol(Symbol.iterator)\"]")]
    [InlineData("preventExtensions", "[true,false]")]
    [InlineData("set", "[true,1]")]
    [InlineData("set frozen", "false")]
    [InlineData("set receiver", "[undefined,1]")]
    [InlineData("set setter receiver", "5")]
    [InlineData("set array length", "RangeError: Invalid array length")]
    [InlineData("set array length string", "[true,2]")]
    [InlineData("set array length string bad", "RangeError: Invalid array length")]
    [InlineData("setPrototypeOf", "[true,null]")]
    [InlineData("setPrototypeOf cycle", "false")]
    [InlineData("setPrototypeOf non-extensible", "false")]
    [InlineData("setPrototypeOf bad proto", "TypeError: Object prototype may only be an Object or null: 1")]
    [InlineData("setPrototypeOf undefined proto", "TypeError: Object prototype may only be an Object or null: undefined")]
    public void Case_MatchesNode(string name, string expected)
    {
        Realm realm = NewRealm();
        JsValue result = default;
        string? error = ThrownError(() => result = Run(realm, name));
        string actual = error ?? Show(realm, result);
        if (name is "construct newTarget not constructor" or "defineProperty bad descriptor")
        {
            Assert.Equal(expected[..expected.IndexOf(':')], actual[..System.Math.Max(0, actual.IndexOf(':'))]);
            return;
        }

        Assert.Equal(expected, actual);
    }

    private static JsValue Run(Realm realm, string name)
    {
        JsObject reflect = realm.Intrinsics.Reflect;
        JsValue R(string method, params JsValue[] args) => CallMethod(realm, reflect, method, reflect, args);
        JsValue O(string method, params JsValue[] args) => CallMethod(realm, realm.Intrinsics.ObjectConstructor, method, realm.Intrinsics.ObjectConstructor, args);
        JsValue P(string literal) => Parse(realm, literal);
        JsValue A(params JsValue[] items) => realm.NewArray(items);
        JsObject Empty() => new(realm.Intrinsics.ObjectPrototype);

        switch (name)
        {
            case "keys": return string.Join(",", reflect.OwnPropertyKeys().Select(k => k.ToString()));
            case "toStringTag": return CallMethod(realm, realm.Intrinsics.ObjectPrototype, "toString", reflect);
            case "lengths":
                return string.Join(",", reflect.OwnPropertyKeys().Where(k => !k.IsSymbol)
                    .Select(k => k + "/" + Show(realm, reflect.Get(k).AsObject.Get("length"))));
            case "apply": return R("apply", realm.GetPath("Math.max"), default, P("[1, 3, 2]"));
            case "apply array-like": return R("apply", realm.GetPath("String.prototype.slice"), "hello", P("{length: 2, 0: 1, 1: 3}"));
            case "apply non-callable": return R("apply", 1, default, A());
            case "apply non-object args": return R("apply", realm.GetPath("Math.max"), default, 1);
            case "construct": return R("construct", realm.Intrinsics.ArrayConstructor, P("[1, 2, 3]"));
            case "construct newTarget":
                return ReferenceEquals(R("construct", realm.Intrinsics.ArrayConstructor, A(), realm.Intrinsics.ObjectConstructor).AsObject.GetPrototypeOf(), realm.Intrinsics.ObjectPrototype);
            case "construct newTarget not constructor": return R("construct", realm.Intrinsics.ArrayConstructor, A(), realm.GetPath("Math.max"));
            case "defineProperty":
            {
                JsObject o = Empty();
                return A(R("defineProperty", o, "x", P("{value: 1}")), R("defineProperty", o, "x", P("{value: 2}")), o.Get("x"));
            }
            case "defineProperty non-object": return R("defineProperty", 1, "x", Empty());
            case "defineProperty bad descriptor": return R("defineProperty", Empty(), "x", 1);
            case "defineProperty array length": return R("defineProperty", A(), "length", P("{value: -1}"));
            case "defineProperty array length string":
            {
                JsValue a = P("[1, 2, 3]");
                return A(R("defineProperty", a, "length", P("{value: \"1\"}")), a.AsObject.Get("length"));
            }
            case "deleteProperty":
                return A(R("deleteProperty", O("freeze", P("{a: 1}")), "a"), R("deleteProperty", P("{a: 1}"), "a"), R("deleteProperty", Empty(), "zz"));
            case "get receiver":
            {
                JsObject o = Empty();
                o.DefineAccessorProperty("x", new RawGetter(realm, "y"), null, PropertyFlags.Default);
                return R("get", o, "x", P("{y: 42}"));
            }
            case "get number key": return R("get", P("[10, 20]"), 1);
            case "get non-object": return R("get", 1, "x");
            case "getOwnPropertyDescriptor": return R("getOwnPropertyDescriptor", P("{a: 1}"), "a");
            case "getOwnPropertyDescriptor absent": return R("getOwnPropertyDescriptor", Empty(), "a");
            case "getPrototypeOf null": return R("getPrototypeOf", O("create", JsValue.Null));
            case "getPrototypeOf non-object": return R("getPrototypeOf", 1);
            case "has": return A(R("has", P("{a: 1}"), "a"), R("has", Empty(), "toString"), R("has", A(), "length"), R("has", Empty(), "zz"));
            case "has non-object": return R("has", "str", "length");
            case "isExtensible": return A(R("isExtensible", Empty()), R("isExtensible", O("freeze", Empty())));
            case "ownKeys order":
            {
                JsObject o = P("{b: 1, 2: 0, a: 1, 1: 0}").AsObject;
                o.FastAddProperty(PropertyKey.FromSymbol(JsSymbol.Iterator), 0);
                JsObject keys = R("ownKeys", o).AsObject;
                return A(Enumerable.Range(0, (int)Operations.LengthOfArrayLike(realm, keys))
                    .Select(i => keys.Get(PropertyKey.FromIndex((uint)i)))
                    .Select(k => (JsValue)(k.IsSymbol ? k.AsSymbol.ToString() : k.AsString())).ToArray());
            }
            case "preventExtensions":
            {
                JsObject o = Empty();
                return A(R("preventExtensions", o), R("isExtensible", o));
            }
            case "set":
            {
                JsObject o = Empty();
                return A(R("set", o, "x", 1), o.Get("x"));
            }
            case "set frozen": return R("set", O("freeze", P("{x: 1}")), "x", 2);
            case "set receiver":
            {
                JsObject target = Empty(), receiver = Empty();
                R("set", target, "x", 1, receiver);
                return A(target.Get("x"), receiver.Get("x"));
            }
            case "set setter receiver":
            {
                JsObject o = Empty(), r = Empty();
                o.DefineAccessorProperty("x", null, new RawSetter(realm, "y"), PropertyFlags.Default);
                R("set", o, "x", 5, r);
                return r.Get("y");
            }
            case "set array length": return R("set", A(), "length", -1);
            case "set array length string":
            {
                JsValue a = P("[1, 2, 3, 4]");
                return A(R("set", a, "length", "2"), a.AsObject.Get("length"));
            }
            case "set array length string bad": return R("set", A(), "length", "1.5");
            case "setPrototypeOf":
            {
                JsObject o = Empty();
                return A(R("setPrototypeOf", o, JsValue.Null), R("getPrototypeOf", o));
            }
            case "setPrototypeOf cycle":
            {
                JsObject a = Empty();
                JsValue b = O("create", a);
                return R("setPrototypeOf", a, b);
            }
            case "setPrototypeOf non-extensible": return R("setPrototypeOf", O("preventExtensions", Empty()), JsValue.Null);
            case "setPrototypeOf bad proto": return R("setPrototypeOf", Empty(), 1);
            case "setPrototypeOf undefined proto": return R("setPrototypeOf", Empty());
            default: throw new ArgumentException(name);
        }
    }

    /// <summary>get x() { return this[name]; }</summary>
    private sealed class RawGetter(Realm realm, string name) : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Empty)
    {
        public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments) => Operations.GetV(Realm, thisValue, name);
    }

    /// <summary>set x(v) { this[name] = v; }</summary>
    private sealed class RawSetter(Realm realm, string name) : JsFunction(realm, realm.Intrinsics.FunctionPrototype, Shape.Empty)
    {
        public override JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments)
        {
            Operations.Set(Realm, thisValue.AsObject, name, arguments.At(0), throwOnFailure: true);
            return default;
        }
    }
}
