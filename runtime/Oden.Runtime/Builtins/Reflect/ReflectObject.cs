// The Reflect namespace object: each function is one internal method of its target, made callable.
namespace Oden.Runtime.Builtins;

/// <summary>%Reflect%.</summary>
[JsToStringTag("Reflect")]
internal static partial class ReflectObject
{
    private static JsObject RequireObject(Realm realm, JsValue target, string method) =>
        target.TryGetObject ?? throw realm.TypeError($"Reflect.{method} called on non-object");

    /// <see href="https://tc39.es/ecma262/#sec-reflect.defineproperty"/>
    [JsFunction("defineProperty", Length = 3)]
    private static JsValue DefineProperty(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "defineProperty");

        // 2. Let key be ? ToPropertyKey(propertyKey).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));

        // 3. Let desc be ? ToPropertyDescriptor(attributes).
        PropertyDescriptor desc = Operations.ToPropertyDescriptor(realm, args.At(2));

        // 4. Return ? target.[[DefineOwnProperty]](key, desc).
        if (desc.HasValue) desc.Value = ArrayHelpers.CoerceLengthValue(realm, target, key, desc.Value);
        try
        {
            return target.DefineOwnProperty(key, desc);
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.deleteproperty"/>
    [JsFunction("deleteProperty", Length = 2)]
    private static JsValue DeleteProperty(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "deleteProperty");

        // 2. Let key be ? ToPropertyKey(propertyKey).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));

        // 3. Return ? target.[[Delete]](key).
        return target.Delete(key);
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.apply"/>
    [JsFunction("apply", Length = 3)]
    private static JsValue Apply(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If IsCallable(target) is false, throw a TypeError exception.
        if (args.At(0)._ref is not JsFunction target)
        {
            JsValue value = args.At(0);
            string type = Operations.TypeOf(value);
            string which = value.IsUndefined ? "undefined" : value.IsNull ? "null" : (type == "object" ? "an " : "a ") + type;
            throw realm.TypeError($"Function.prototype.apply was called on {MapPrototype.DescribeReceiver(realm, value)}, which is {which} and not a function");
        }

        // 2. Let args be ? CreateListFromArrayLike(argumentsList).
        JsValue[] list = FunctionPrototype.CreateListFromArrayLike(realm, args.At(2));

        // 3-4. Perform PrepareForTailCall(). Return ? Call(target, thisArgument, args).
        return target.Call(args.At(1), list);
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.construct"/>
    [JsFunction("construct", Length = 2)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If IsConstructor(target) is false, throw a TypeError exception.
        JsValue target = args.At(0);
        if (!Operations.IsConstructor(target))
        {
            throw realm.TypeError($"{Operations.DescribeForError(realm, target)} is not a constructor");
        }

        // 2-3. If newTarget is not present, set newTarget to target; else if IsConstructor(newTarget) is false, throw a TypeError exception.
        JsValue newTarget = args.Length < 3 ? target : args[2];
        if (!Operations.IsConstructor(newTarget))
        {
            throw realm.TypeError($"{Operations.DescribeForError(realm, newTarget)} is not a constructor");
        }

        // 4. Let args be ? CreateListFromArrayLike(argumentsList).
        JsValue[] list = FunctionPrototype.CreateListFromArrayLike(realm, args.At(1));

        // 5. Return ? Construct(target, args, newTarget).
        return ((JsFunction)target._ref!).Construct(list, (JsObject)newTarget._ref!);
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.get"/>
    [JsFunction("get", Length = 2)]
    private static JsValue Get(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "get");

        // 2. Let key be ? ToPropertyKey(propertyKey).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));

        // 3. If receiver is not present, set receiver to target.
        JsValue receiver = args.Length < 3 ? target : args[2];

        // 4. Return ? target.[[Get]](key, receiver).
        return target.Get(key, receiver);
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.getownpropertydescriptor"/>
    [JsFunction("getOwnPropertyDescriptor", Length = 2)]
    private static JsValue GetOwnPropertyDescriptor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "getOwnPropertyDescriptor");

        // 2. Let key be ? ToPropertyKey(propertyKey).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));

        // 3. Let desc be ? target.[[GetOwnProperty]](key).
        // 4. Return FromPropertyDescriptor(desc).
        return target.GetOwnProperty(key, out PropertyDescriptor desc) ? Operations.FromPropertyDescriptor(realm, desc) : JsValue.Undefined;
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.getprototypeof"/>
    [JsFunction("getPrototypeOf", Length = 1)]
    private static JsValue GetPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "getPrototypeOf");

        // 2. Return ? target.[[GetPrototypeOf]]().
        JsObject? proto = target.GetPrototypeOf();
        return proto is null ? JsValue.Null : JsValue.FromRef(proto);
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.has"/>
    [JsFunction("has", Length = 2)]
    private static JsValue Has(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "has");

        // 2. Let key be ? ToPropertyKey(propertyKey).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));

        // 3. Return ? target.[[HasProperty]](key).
        return target.HasProperty(key);
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.isextensible"/>
    [JsFunction("isExtensible", Length = 1)]
    private static JsValue IsExtensible(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "isExtensible");

        // 2. Return ? IsExtensible(target).
        return target.IsExtensible();
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.ownkeys"/>
    [JsFunction("ownKeys", Length = 1)]
    private static JsValue OwnKeys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "ownKeys");

        // 2. Let keys be ? target.[[OwnPropertyKeys]]().
        List<PropertyKey> keys = target.OwnPropertyKeys();

        // 3. Return CreateArrayFromList(keys).
        var values = new JsValue[keys.Count];
        for (int i = 0; i < values.Length; i++) values[i] = keys[i].ToJsValue();
        return Operations.CreateArrayFromList(realm, values);
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.preventextensions"/>
    [JsFunction("preventExtensions", Length = 1)]
    private static JsValue PreventExtensions(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "preventExtensions");

        // 2. Return ? target.[[PreventExtensions]]().
        return target.PreventExtensions();
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.set"/>
    [JsFunction("set", Length = 3)]
    private static JsValue Set(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "set");

        // 2. Let key be ? ToPropertyKey(propertyKey).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));

        // 3. If receiver is not present, set receiver to target.
        JsValue receiver = args.Length < 4 ? target : args[3];

        // 4. Return ? target.[[Set]](key, V, receiver). (An array setting its own "length" converts the value first.)
        JsValue v = ReferenceEquals(receiver._ref, target) ? ArrayHelpers.CoerceLengthValue(realm, target, key, args.At(2)) : args.At(2);
        try
        {
            return target.Set(key, v, receiver);
        }
        catch (JsRangeErrorSignal signal)
        {
            throw realm.RangeError(signal.Message);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-reflect.setprototypeof"/>
    [JsFunction("setPrototypeOf", Length = 2)]
    private static JsValue SetPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If target is not an Object, throw a TypeError exception.
        JsObject target = RequireObject(realm, args.At(0), "setPrototypeOf");

        // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
        JsValue proto = args.At(1);
        if (!proto.IsObject && !proto.IsNull) throw realm.TypeError("Object prototype may only be an Object or null: " + Operations.DescribeForError(realm, proto));

        // 3. Return ? target.[[SetPrototypeOf]](proto).
        return target.SetPrototypeOf(proto._ref as JsObject);
    }
}
