namespace Oden.Runtime.Builtins;

/// <summary>%Array% and its static methods.</summary>
internal static partial class ArrayConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-array"/>
    [JsConstructor("Array", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1-2. proto from newTarget (the active function when called).
        JsObject proto = newTarget is null || ReferenceEquals(newTarget, realm.Intrinsics.ArrayConstructor)
            ? realm.Intrinsics.ArrayPrototype
            : JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.ArrayPrototype);

        // 4. If numberOfArgs = 0, return ! ArrayCreate(0, proto).
        if (args.Length == 0) return new JsArray(proto);

        // 5. If numberOfArgs = 1, then a single length (or a single element).
        if (args.Length == 1)
        {
            JsValue len = args[0];
            if (!len.IsNumber)
            {
                var single = new JsArray(proto, 1);
                single.Push(len);
                return single;
            }

            uint intLen = (uint)len.AsNumber;
            if (intLen != len.AsNumber) throw realm.RangeError("Invalid array length");
            var array = new JsArray(proto, (int)Math.Min(intLen, 1024));
            array.DefineOwnProperty("length", new PropertyDescriptor { Value = intLen, HasValue = true });
            return array;
        }

        // 6. Otherwise: the arguments are the elements.
        return new JsArray(proto, args.ToArray(), args.Length);
    }

    /// <see href="https://tc39.es/ecma262/#sec-array.isarray"/>
    [JsFunction("isArray", Length = 1)]
    private static JsValue IsArray(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args) => Operations.IsArray(args.At(0));
}
