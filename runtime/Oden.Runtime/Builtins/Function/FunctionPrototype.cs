namespace Oden.Runtime.Builtins;

/// <summary>%Function.prototype%'s methods.</summary>
internal static partial class FunctionPrototype
{
    /// <see href="https://tc39.es/ecma262/#sec-function.prototype.apply"/>
    [JsFunction("apply", Length = 2)]
    private static JsValue Apply(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let func be the this value. If IsCallable(func) is false, throw a TypeError exception.
        if (thisValue.TryGetObject is not JsFunction func) throw realm.TypeError("Function.prototype.apply was called on " + Describe(realm, thisValue) + ", which is not a function");

        // 3. If argArray is either undefined or null, then return ? Call(func, thisArg).
        JsValue thisArg = args.At(0);
        JsValue argArray = args.At(1);
        if (argArray.IsNullish) return func.Call0(thisArg);

        // 5. Let argList be ? CreateListFromArrayLike(argArray).
        JsValue[] argList = CreateListFromArrayLike(realm, argArray);

        // 7. Return ? Call(func, thisArg, argList).
        return func.Call(thisArg, argList);
    }

    /// <see href="https://tc39.es/ecma262/#sec-createlistfromarraylike"/>
    internal static JsValue[] CreateListFromArrayLike(Realm realm, JsValue obj)
    {
        // 2. If obj is not an Object, throw a TypeError exception.
        if (obj.TryGetObject is not JsObject o) throw realm.TypeError("CreateListFromArrayLike called on non-object");

        // 3. Let len be ? LengthOfArrayLike(obj).
        double len = Operations.LengthOfArrayLike(realm, o);
        if (len > 65535 * 16) throw realm.RangeError("Maximum call stack size exceeded");

        // 4-6. Read each index in order.
        var list = new JsValue[(int)len];
        for (uint index = 0; index < list.Length; index++)
        {
            list[index] = o.Get(PropertyKey.FromIndex(index));
        }

        return list;
    }

    /// <see href="https://tc39.es/ecma262/#sec-function.prototype.bind"/>
    [JsFunction("bind", Length = 1)]
    private static JsValue Bind(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let Target be the this value. If IsCallable(Target) is false, throw a TypeError exception.
        if (thisValue.TryGetObject is not JsFunction target) throw realm.TypeError("Bind must be called on a function");

        // 5. Let targetHasLength be ? HasOwnProperty(Target, "length").
        JsValue thisArg = args.At(0);
        int argCount = Math.Max(0, args.Length - 1);
        double l = 0;
        if (target.GetOwnProperty("length", out _))
        {
            // 6.a. Let targetLen be ? Get(Target, "length").
            JsValue targetLen = target.Get("length");

            // b. If targetLen is a Number: +∞ stays +∞, -∞ gives 0, otherwise max(ToIntegerOrInfinity(targetLen) - argCount, 0).
            if (targetLen.IsNumber)
            {
                double n = targetLen.AsNumber;
                if (double.IsPositiveInfinity(n)) l = double.PositiveInfinity;
                else if (double.IsNegativeInfinity(n)) l = 0;
                else l = Math.Max(Operations.ToIntegerOrInfinity(realm, targetLen) - argCount, 0);
            }
        }

        // 8-9. Let targetName be ? Get(Target, "name"). If it is not a String, set it to "".
        JsValue targetName = target.Get("name");
        string name = targetName.IsString ? targetName.AsString() : "";

        // 3. Let F be ? BoundFunctionCreate(Target, thisArg, args). 7. SetFunctionLength. 10. SetFunctionName(F, targetName, "bound").
        JsValue[] boundArgs = args.Length > 1 ? args[1..].ToArray() : [];
        return new JsBoundFunction(realm, target, thisArg, boundArgs, l, "bound " + name);
    }

    /// <see href="https://tc39.es/ecma262/#sec-function.prototype.call"/>
    [JsFunction("call", Length = 1)]
    private static JsValue CallMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. If IsCallable(func) is false, throw a TypeError exception.
        if (thisValue.TryGetObject is not JsFunction f) throw realm.TypeError("Function.prototype.call was called on " + Describe(realm, thisValue) + ", which is not a function");

        // 4. Return ? Call(func, thisArg, args).
        return f.Call(args.At(0), args.Length > 1 ? args[1..] : ReadOnlySpan<JsValue>.Empty);
    }

    /// <see href="https://tc39.es/ecma262/#sec-function.prototype.tostring"/>
    [JsFunction("toString")]
    private static JsValue ToStringMethod(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 2. If func has a [[SourceText]] (a function the compiler emitted), return it.
        if (thisValue.TryGetObject is JsClosure closure && closure.GetSourceText() is string sourceText)
        {
            return sourceText;
        }

        // 3-4. A built-in or bound function (or a proxy): a NativeFunction string whose name is the
        //      initial "name" value.
        if (thisValue.TryGetObject is JsFunction f)
        {
            return "function " + NativeFunctionName(f) + "() { [native code] }";
        }

        // 5. Throw a TypeError exception.
        throw realm.TypeError("Function.prototype.toString requires that 'this' be a Function");
    }

    /// <summary>The name a NativeFunction string shows: the own "name" string; none for bound functions (as V8).</summary>
    private static string NativeFunctionName(JsFunction f)
    {
        if (f is JsBoundFunctionBase) return "";
        if (f.TryGetOwnStorage("name", out JsValue v, out PropertyFlags flags) && (flags & PropertyFlags.Accessor) == 0 && v.IsString)
        {
            return v.AsString();
        }

        return "";
    }

    /// <see href="https://tc39.es/ecma262/#sec-function.prototype-@@hasinstance"/>
    [JsFunction("[Symbol.hasInstance]", Length = 1, Flags = PropertyFlags.None)]
    private static JsValue HasInstance(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) =>
        // 1-2. Let F be the this value. Return ? OrdinaryHasInstance(F, V).
        Operations.OrdinaryHasInstance(realm, thisValue, args.At(0));

    private static string Describe(Realm realm, JsValue v) => v.Kind switch
    {
        JsValueKind.String => "\"" + v.AsString() + "\"",
        _ => ObjectConstructor.Describe(realm, v),
    };
}
