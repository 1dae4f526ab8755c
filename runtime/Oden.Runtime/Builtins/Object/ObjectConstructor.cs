namespace Oden.Runtime.Builtins;

/// <summary>%Object% and its static methods.</summary>
internal static partial class ObjectConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-object-value"/>
    [JsConstructor("Object", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1. If NewTarget is neither undefined nor the active function object, then
        //    return ? OrdinaryCreateFromConstructor(NewTarget, "%Object.prototype%").
        if (newTarget is not null && !ReferenceEquals(newTarget, realm.Intrinsics.ObjectConstructor))
        {
            return new JsObject(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ObjectPrototype));
        }

        // 2. If value is either undefined or null, return OrdinaryObjectCreate(%Object.prototype%).
        JsValue value = args.At(0);
        if (value.IsNullish) return new JsObject(realm.Intrinsics.ObjectPrototype);

        // 3. Return ! ToObject(value).
        return Operations.ToObject(realm, value);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.assign"/>
    [JsFunction("assign", Length = 2)]
    private static JsValue Assign(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let to be ? ToObject(target).
        JsObject to = Operations.ToObject(realm, args.At(0));

        // 3. For each element nextSource of sources, do
        for (int i = 1; i < args.Length; i++)
        {
            // a. If nextSource is neither undefined nor null, then
            JsValue nextSource = args[i];
            if (nextSource.IsNullish) continue;

            // i-ii. Let from be ! ToObject(nextSource). Let keys be ? from.[[OwnPropertyKeys]]().
            JsObject from = Operations.ToObject(realm, nextSource);
            List<PropertyKey> keys = from.OwnPropertyKeys();

            // iii. For each element nextKey of keys: copy it if it is an own enumerable property.
            foreach (PropertyKey nextKey in keys)
            {
                if (from.GetOwnProperty(nextKey, out PropertyDescriptor desc) && desc.Enumerable)
                {
                    JsValue propValue = from.Get(nextKey);
                    Operations.Set(realm, to, nextKey, propValue, throwOnFailure: true);
                }
            }
        }

        // 4. Return to.
        return to;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.getownpropertydescriptor"/>
    [JsFunction("getOwnPropertyDescriptor", Length = 2)]
    private static JsValue GetOwnPropertyDescriptor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let obj be ? ToObject(O). 2. Let key be ? ToPropertyKey(P).
        JsObject obj = Operations.ToObject(realm, args.At(0));
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));

        // 3-4. Let desc be ? obj.[[GetOwnProperty]](key); return FromPropertyDescriptor(desc).
        return obj.GetOwnProperty(key, out PropertyDescriptor desc) ? Operations.FromPropertyDescriptor(realm, desc) : default(JsValue);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.getownpropertydescriptors"/>
    [JsFunction("getOwnPropertyDescriptors", Length = 1)]
    private static JsValue GetOwnPropertyDescriptors(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let obj be ? ToObject(O). Let ownKeys be ? obj.[[OwnPropertyKeys]]().
        JsObject obj = Operations.ToObject(realm, args.At(0));
        List<PropertyKey> ownKeys = obj.OwnPropertyKeys();

        // 3. Let descriptors be OrdinaryObjectCreate(%Object.prototype%).
        var descriptors = new JsObject(realm.Intrinsics.ObjectPrototype);

        // 4. For each element key of ownKeys: the descriptor object of each property that still exists.
        foreach (PropertyKey key in ownKeys)
        {
            if (obj.GetOwnProperty(key, out PropertyDescriptor desc))
            {
                Operations.CreateDataPropertyOrThrow(realm, descriptors, key, Operations.FromPropertyDescriptor(realm, desc));
            }
        }

        return descriptors;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.getownpropertynames"/>
    [JsFunction("getOwnPropertyNames", Length = 1)]
    private static JsValue GetOwnPropertyNames(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetOwnPropertyKeys(realm, args.At(0), symbols: false);

    /// <see href="https://tc39.es/ecma262/#sec-object.getownpropertysymbols"/>
    [JsFunction("getOwnPropertySymbols", Length = 1)]
    private static JsValue GetOwnPropertySymbols(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        GetOwnPropertyKeys(realm, args.At(0), symbols: true);

    /// <see href="https://tc39.es/ecma262/#sec-getownpropertykeys"/>
    private static JsArray GetOwnPropertyKeys(Realm realm, JsValue o, bool symbols)
    {
        // 1-2. Let obj be ? ToObject(O). Let keys be ? obj.[[OwnPropertyKeys]]().
        JsObject obj = Operations.ToObject(realm, o);
        List<PropertyKey> keys = obj.OwnPropertyKeys();

        // 3-4. The keys of the requested type, as an array.
        var nameList = new List<JsValue>(keys.Count);
        foreach (PropertyKey key in keys)
        {
            if (key.IsSymbol == symbols) nameList.Add(key.ToJsValue());
        }

        return JsArray.FromList(realm, nameList);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.hasown"/>
    [JsFunction("hasOwn", Length = 2)]
    private static JsValue HasOwn(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let obj be ? ToObject(O). 2. Let key be ? ToPropertyKey(P). 3. Return ? HasOwnProperty(obj, key).
        JsObject obj = Operations.ToObject(realm, args.At(0));
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));
        return obj.GetOwnProperty(key, out _);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.is"/>
    [JsFunction("is", Length = 2)]
    private static JsValue Is(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Operations.SameValue(args.At(0), args.At(1));

    /// <see href="https://tc39.es/ecma262/#sec-object.preventextensions"/>
    [JsFunction("preventExtensions", Length = 1)]
    private static JsValue PreventExtensions(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If O is not an Object, return O.
        JsValue o = args.At(0);
        if (o.TryGetObject is not JsObject obj) return o;

        // 2-3. Let status be ? O.[[PreventExtensions]](); if false, throw a TypeError exception.
        if (!obj.PreventExtensions()) throw realm.TypeError("Cannot prevent extensions");
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.seal"/>
    [JsFunction("seal", Length = 1)]
    private static JsValue Seal(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If O is not an Object, return O.
        JsValue o = args.At(0);
        if (o.TryGetObject is not JsObject obj) return o;

        // 2-3. Let status be ? SetIntegrityLevel(O, sealed); if false, throw a TypeError exception.
        if (!SetIntegrityLevel(realm, obj, frozen: false)) throw realm.TypeError("Cannot seal");
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.create"/>
    [JsFunction("create", Length = 2)]
    private static JsValue Create(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If O is not an Object and O is not null, throw a TypeError exception.
        JsValue o = args.At(0);
        if (!o.IsObject && !o.IsNull) throw realm.TypeError("Object prototype may only be an Object or null: " + Describe(realm, o));

        // 2. Let obj be OrdinaryObjectCreate(O).
        var obj = new JsObject(o.TryGetObject);

        // 3. If Properties is not undefined, return ? ObjectDefineProperties(obj, Properties).
        JsValue properties = args.At(1);
        if (!properties.IsUndefined) ObjectDefineProperties(realm, obj, properties);

        // 4. Return obj.
        return obj;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.defineproperties"/>
    [JsFunction("defineProperties", Length = 2)]
    private static JsValue DefineProperties(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If O is not an Object, throw a TypeError exception.
        if (args.At(0).TryGetObject is not JsObject o) throw realm.TypeError("Object.defineProperties called on non-object");

        // 2. Return ? ObjectDefineProperties(O, Properties).
        ObjectDefineProperties(realm, o, args.At(1));
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-objectdefineproperties"/>
    private static void ObjectDefineProperties(Realm realm, JsObject o, JsValue properties)
    {
        // 1-2. Let props be ? ToObject(Properties). Let keys be ? props.[[OwnPropertyKeys]]().
        JsObject props = Operations.ToObject(realm, properties);
        List<PropertyKey> keys = props.OwnPropertyKeys();

        // 3-4. Read every descriptor first (all of them are validated before any is applied).
        var descriptors = new List<(PropertyKey Key, PropertyDescriptor Desc)>(keys.Count);
        foreach (PropertyKey nextKey in keys)
        {
            if (props.GetOwnProperty(nextKey, out PropertyDescriptor propDesc) && propDesc.Enumerable)
            {
                JsValue descObj = props.Get(nextKey);
                descriptors.Add((nextKey, Operations.ToPropertyDescriptor(realm, descObj)));
            }
        }

        // 5. For each element property of descriptors: ? DefinePropertyOrThrow(O, P, desc).
        foreach (var (key, desc) in descriptors)
        {
            Operations.DefinePropertyOrThrow(realm, o, key, desc);
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.defineproperty"/>
    [JsFunction("defineProperty", Length = 3)]
    private static JsValue DefineProperty(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If O is not an Object, throw a TypeError exception.
        if (args.At(0).TryGetObject is not JsObject o) throw realm.TypeError("Object.defineProperty called on non-object");

        // 2-3. Let key be ? ToPropertyKey(P). Let desc be ? ToPropertyDescriptor(Attributes).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(1));
        PropertyDescriptor desc = Operations.ToPropertyDescriptor(realm, args.At(2));

        // 4-5. Perform ? DefinePropertyOrThrow(O, key, desc). Return O.
        Operations.DefinePropertyOrThrow(realm, o, key, desc);
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.freeze"/>
    [JsFunction("freeze", Length = 1)]
    private static JsValue Freeze(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If O is not an Object, return O.
        JsValue o = args.At(0);
        if (o.TryGetObject is not JsObject obj) return o;

        // 2-3. Let status be ? SetIntegrityLevel(O, frozen); if false, throw a TypeError exception.
        if (!SetIntegrityLevel(realm, obj, frozen: true)) throw realm.TypeError("Cannot freeze");
        return o;
    }

    /// <see href="https://tc39.es/ecma262/#sec-setintegritylevel"/>
    private static bool SetIntegrityLevel(Realm realm, JsObject o, bool frozen)
    {
        // 1-2. Let status be ? O.[[PreventExtensions]](); if false, return false.
        if (!o.PreventExtensions()) return false;

        // 3. Let keys be ? O.[[OwnPropertyKeys]]().
        List<PropertyKey> keys = o.OwnPropertyKeys();
        foreach (PropertyKey k in keys)
        {
            // Reading the current descriptor also builds lazily created values before attributes change.
            if (!o.GetOwnProperty(k, out PropertyDescriptor current)) continue;

            // 4. sealed: { [[Configurable]]: false }.
            // 5. frozen: accessors { [[Configurable]]: false }, data { [[Configurable]]: false, [[Writable]]: false }.
            var desc = new PropertyDescriptor { HasConfigurable = true, Configurable = false };
            if (frozen && !current.IsAccessorDescriptor)
            {
                desc.HasWritable = true;
                desc.Writable = false;
            }

            Operations.DefinePropertyOrThrow(realm, o, k, desc);
        }

        // 6. Return true.
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-testintegritylevel"/>
    private static bool TestIntegrityLevel(JsObject o, bool frozen)
    {
        // 1-3. If IsExtensible(O) is true, return false.
        if (o.IsExtensible()) return false;

        // 4-5. No own property may be configurable; when frozen, no data property may be writable.
        foreach (PropertyKey k in o.OwnPropertyKeys())
        {
            if (!o.GetOwnProperty(k, out PropertyDescriptor current)) continue;
            if (current.Configurable) return false;
            if (frozen && current.IsDataDescriptor && current.Writable) return false;
        }

        // 6. Return true.
        return true;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.getprototypeof"/>
    [JsFunction("getPrototypeOf", Length = 1)]
    private static JsValue GetPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let obj be ? ToObject(O). 2. Return ? obj.[[GetPrototypeOf]]().
        JsObject? proto = Operations.ToObject(realm, args.At(0)).GetPrototypeOf();
        return proto is null ? JsValue.Null : proto;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.setprototypeof"/>
    [JsFunction("setPrototypeOf", Length = 2)]
    private static JsValue SetPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Set O to ? RequireObjectCoercible(O).
        JsValue o = args.At(0);
        if (o.IsNullish) throw realm.TypeError("Object.setPrototypeOf called on null or undefined");

        // 2. If proto is not an Object and proto is not null, throw a TypeError exception.
        JsValue proto = args.At(1);
        if (!proto.IsObject && !proto.IsNull) throw realm.TypeError("Object prototype may only be an Object or null: " + Describe(realm, proto));

        // 3. If O is not an Object, return O.
        if (o.TryGetObject is not JsObject obj) return o;

        // 4-5. Let status be ? O.[[SetPrototypeOf]](proto); if false, throw a TypeError exception.
        if (!obj.SetPrototypeOf(proto.TryGetObject)) throw SetPrototypeFailure(realm, obj);
        return o;
    }

    /// <summary>The TypeError for a refused [[SetPrototypeOf]]: a non-extensible object or a cycle.</summary>
    internal static JsException SetPrototypeFailure(Realm realm, JsObject o) =>
        o.IsExtensible() ? realm.TypeError("Cyclic __proto__ value") : realm.TypeError($"#<{o.ClassName}> is not extensible");

    /// <see href="https://tc39.es/ecma262/#sec-object.isextensible"/>
    [JsFunction("isExtensible", Length = 1)]
    private static JsValue IsExtensible(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.At(0).TryGetObject is JsObject o && o.IsExtensible();

    /// <see href="https://tc39.es/ecma262/#sec-object.isfrozen"/>
    [JsFunction("isFrozen", Length = 1)]
    private static JsValue IsFrozen(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.At(0).TryGetObject is not JsObject o || TestIntegrityLevel(o, frozen: true);

    /// <see href="https://tc39.es/ecma262/#sec-object.issealed"/>
    [JsFunction("isSealed", Length = 1)]
    private static JsValue IsSealed(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        args.At(0).TryGetObject is not JsObject o || TestIntegrityLevel(o, frozen: false);

    /// <see href="https://tc39.es/ecma262/#sec-object.keys"/>
    [JsFunction("keys", Length = 1)]
    private static JsValue Keys(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        EnumerableOwnProperties(realm, Operations.ToObject(realm, args.At(0)), EnumerableKind.Key);

    /// <see href="https://tc39.es/ecma262/#sec-object.entries"/>
    [JsFunction("entries", Length = 1)]
    private static JsValue Entries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        EnumerableOwnProperties(realm, Operations.ToObject(realm, args.At(0)), EnumerableKind.KeyValue);

    /// <see href="https://tc39.es/ecma262/#sec-object.values"/>
    [JsFunction("values", Length = 1)]
    private static JsValue Values(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        EnumerableOwnProperties(realm, Operations.ToObject(realm, args.At(0)), EnumerableKind.Value);

    private enum EnumerableKind : byte
    {
        Key,
        Value,
        KeyValue,
    }

    /// <see href="https://tc39.es/ecma262/#sec-enumerableownproperties"/>
    private static JsArray EnumerableOwnProperties(Realm realm, JsObject o, EnumerableKind kind)
    {
        // 1. Let ownKeys be ? O.[[OwnPropertyKeys]]().
        List<PropertyKey> ownKeys = o.OwnPropertyKeys();

        // 2-3. For each String key: if it is still an own enumerable property, add key, value or [key, value].
        var results = new List<JsValue>(ownKeys.Count);
        foreach (PropertyKey key in ownKeys)
        {
            if (key.IsSymbol) continue;
            if (!o.GetOwnProperty(key, out PropertyDescriptor desc) || !desc.Enumerable) continue;
            if (kind == EnumerableKind.Key)
            {
                results.Add(key.ToJsValue());
                continue;
            }

            JsValue value = o.Get(key);
            if (kind == EnumerableKind.Value)
            {
                results.Add(value);
            }
            else
            {
                results.Add(Operations.CreateArrayFromList(realm, [key.ToJsValue(), value]));
            }
        }

        // 4. Return results (as an array).
        return JsArray.FromList(realm, results);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.fromentries"/>
    [JsFunction("fromEntries", Length = 1)]
    private static JsValue FromEntries(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Perform ? RequireObjectCoercible(iterable).
        JsValue iterable = args.At(0);
        if (iterable.IsNullish) throw realm.TypeError($"{Describe(realm, iterable)} is not iterable");

        // 2. Let obj be OrdinaryObjectCreate(%Object.prototype%).
        var obj = new JsObject(realm.Intrinsics.ObjectPrototype);

        // 3-6. Return ? AddEntriesFromIterable(obj, iterable, adder), where adder is CreateDataPropertyOrThrow
        //      of ? ToPropertyKey(key) (no adder function: see AddEntriesFromIterable).
        return MapConstructor.AddEntriesFromIterable(realm, obj, iterable, adder: null);
    }

    /// <summary>A value as V8 names it in messages: strings bare, symbols as Symbol(desc), objects by kind.</summary>
    internal static string Describe(Realm realm, JsValue v) => v.Kind switch
    {
        JsValueKind.Symbol => v.AsSymbol.ToString(),
        JsValueKind.String => v.AsString(),
        JsValueKind.Object => v.AsObject is JsFunction ? "function" : "#<" + v.AsObject.ClassName + ">",
        _ => Operations.ToString(realm, v),
    };
}
