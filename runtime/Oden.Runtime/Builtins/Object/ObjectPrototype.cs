namespace Oden.Runtime.Builtins;

/// <summary>%Object.prototype%'s methods, including the Annex B __proto__ accessor and __defineGetter__ family.</summary>
internal static partial class ObjectPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.__defineGetter__"/>
    [JsFunction("__defineGetter__", Length = 2)]
    private static JsValue DefineGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        DefineAccessor(realm, thisValue, args, getter: true);

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.__defineSetter__"/>
    [JsFunction("__defineSetter__", Length = 2)]
    private static JsValue DefineSetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        DefineAccessor(realm, thisValue, args, getter: false);

    private static JsValue DefineAccessor(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, bool getter)
    {
        // 1. Let O be ? ToObject(this value).
        JsObject o = Operations.ToObject(realm, thisValue);

        // 2. If IsCallable(getter) is false, throw a TypeError exception.
        if (args.At(1).TryGetObject is not JsFunction f)
        {
            throw realm.TypeError($"Object.prototype.__define{(getter ? "Getter" : "Setter")}__: Expecting function");
        }

        // 3. Let desc be PropertyDescriptor { [[Get]]/[[Set]]: f, [[Enumerable]]: true, [[Configurable]]: true }.
        var desc = new PropertyDescriptor { HasEnumerable = true, Enumerable = true, HasConfigurable = true, Configurable = true };
        if (getter)
        {
            desc.HasGet = true;
            desc.Get = f;
        }
        else
        {
            desc.HasSet = true;
            desc.Set = f;
        }

        // 4-5. Let key be ? ToPropertyKey(P). Perform ? DefinePropertyOrThrow(O, key, desc).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(0));
        Operations.DefinePropertyOrThrow(realm, o, key, desc);
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.hasownproperty"/>
    [JsFunction("hasOwnProperty", Length = 1)]
    private static JsValue HasOwnProperty(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let P be ? ToPropertyKey(V). 2. Let O be ? ToObject(this value). 3. Return ? HasOwnProperty(O, P).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(0));
        JsObject o = Operations.ToObject(realm, thisValue);
        return o.GetOwnProperty(key, out _);
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.__lookupGetter__"/>
    [JsFunction("__lookupGetter__", Length = 1)]
    private static JsValue LookupGetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        LookupAccessor(realm, thisValue, args.At(0), getter: true);

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.__lookupSetter__"/>
    [JsFunction("__lookupSetter__", Length = 1)]
    private static JsValue LookupSetter(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        LookupAccessor(realm, thisValue, args.At(0), getter: false);

    private static JsValue LookupAccessor(Realm realm, JsValue thisValue, JsValue p, bool getter)
    {
        // 1-2. Let O be ? ToObject(this value). Let key be ? ToPropertyKey(P).
        JsObject? o = Operations.ToObject(realm, thisValue);
        PropertyKey key = Operations.ToPropertyKey(realm, p);

        // 3. Repeat: the first own property named key along the prototype chain decides.
        while (o is not null)
        {
            if (o.GetOwnProperty(key, out PropertyDescriptor desc))
            {
                if (!desc.IsAccessorDescriptor) return default;
                JsFunction? f = getter ? desc.Get : desc.Set;
                return f is null ? default(JsValue) : f;
            }

            o = o.GetPrototypeOf();
        }

        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.isprototypeof"/>
    [JsFunction("isPrototypeOf", Length = 1)]
    private static JsValue IsPrototypeOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. If V is not an Object, return false.
        if (args.At(0).TryGetObject is not JsObject v) return false;

        // 2. Let O be ? ToObject(this value).
        JsObject o = Operations.ToObject(realm, thisValue);

        // 3. Repeat: walk V's prototype chain looking for O.
        for (JsObject? p = v.GetPrototypeOf(); p is not null; p = p.GetPrototypeOf())
        {
            if (ReferenceEquals(p, o)) return true;
        }

        return false;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.propertyisenumerable"/>
    [JsFunction("propertyIsEnumerable", Length = 1)]
    private static JsValue PropertyIsEnumerable(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let P be ? ToPropertyKey(V). 2. Let O be ? ToObject(this value).
        PropertyKey key = Operations.ToPropertyKey(realm, args.At(0));
        JsObject o = Operations.ToObject(realm, thisValue);

        // 3-5. Let desc be ? O.[[GetOwnProperty]](P); undefined → false; else desc.[[Enumerable]].
        return o.GetOwnProperty(key, out PropertyDescriptor desc) && desc.Enumerable;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. undefined and null.
        if (thisValue.IsUndefined) return "[object Undefined]";
        if (thisValue.IsNull) return "[object Null]";

        // 3-14. The builtin tag, overridden by a string @@toStringTag.
        JsObject o = Operations.ToObject(realm, thisValue);
        string builtinTag = o switch
        {
            _ when Operations.IsArray(o) => "Array",
            JsFunction => "Function",
            JsError => "Error",
            JsPrimitiveWrapper w when !w.PrimitiveValue.IsSymbol => w.ClassName,
            _ => o.ClassName is "Arguments" or "Date" or "RegExp" ? o.ClassName : "Object",
        };
        JsValue tag = o.Get(PropertyKey.FromSymbol(JsSymbol.ToStringTag));
        return "[object " + (tag.IsString ? tag.AsString() : builtinTag) + "]";
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.valueof"/>
    [JsFunction("valueOf")]
    private static JsValue ValueOf(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        Operations.ToObject(realm, thisValue);

    /// <see href="https://tc39.es/ecma262/#sec-get-object.prototype.__proto__"/>
    [JsGetter("__proto__")]
    private static JsValue GetProto(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let O be ? ToObject(this value). 2. Return ? O.[[GetPrototypeOf]]().
        JsObject? proto = Operations.ToObject(realm, thisValue).GetPrototypeOf();
        return proto is null ? JsValue.Null : proto;
    }

    /// <see href="https://tc39.es/ecma262/#sec-set-object.prototype.__proto__"/>
    [JsSetter("__proto__")]
    private static JsValue SetProto(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1. Let O be ? RequireObjectCoercible(this value).
        if (thisValue.IsNullish) throw realm.TypeError("Object.prototype.__proto__ called on null or undefined");

        // 2. If proto is not an Object and proto is not null, return undefined.
        JsValue proto = args.At(0);
        if (!proto.IsObject && !proto.IsNull) return default;

        // 3. If O is not an Object, return undefined.
        if (thisValue.TryGetObject is not JsObject o) return default;

        // 4-5. Let status be ? O.[[SetPrototypeOf]](proto); if false, throw a TypeError exception.
        if (!o.SetPrototypeOf(proto.TryGetObject)) throw ObjectConstructor.SetPrototypeFailure(realm, o);
        return default;
    }

    /// <see href="https://tc39.es/ecma262/#sec-object.prototype.tolocalestring"/>
    [JsFunction("toLocaleString")]
    private static JsValue ToLocaleString(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-2. Return ? Invoke(this value, "toString").
        Operations.Invoke(realm, thisValue, "toString", ReadOnlySpan<JsValue>.Empty);
}
