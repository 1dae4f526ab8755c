using System.Text;

namespace Oden.Runtime.Builtins;

/// <summary>%String% and its static methods.</summary>
internal static partial class StringConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-string-constructor-string-value"/>
    [JsConstructor("String", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget)
    {
        // 1-2. No argument: ""; a symbol called as a function: SymbolDescriptiveString.
        string s;
        if (args.Length == 0)
        {
            s = "";
        }
        else if (newTarget is null && args[0].IsSymbol)
        {
            return args[0].AsSymbol.ToString();
        }
        else
        {
            s = Operations.ToString(realm, args[0]);
        }

        // 3. If NewTarget is undefined, return s.
        if (newTarget is null) return s;

        // 4. Return StringCreate(s, ? GetPrototypeFromConstructor(NewTarget, "%String.prototype%")).
        return new JsPrimitiveWrapper(JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.StringPrototype), s);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.fromcharcode"/>
    [JsFunction("fromCharCode", Length = 1)]
    internal static JsValue FromCharCode(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        if (args.Length == 1) return Operations.CharToString((char)(ushort)Operations.ToUint32(realm, args[0]));

        // The code units are gathered on the stack for short argument lists (the string is the only allocation).
        Span<char> chars = args.Length <= 256 ? stackalloc char[args.Length] : new char[args.Length];
        for (int i = 0; i < args.Length; i++) chars[i] = (char)(ushort)Operations.ToUint32(realm, args[i]);
        return new string(chars);
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.fromcodepoint"/>
    [JsFunction("fromCodePoint", Length = 1)]
    private static JsValue FromCodePoint(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-2. Let result be the empty String; for each next of codePoints:
        var result = new StringBuilder(args.Length);
        foreach (JsValue next in args)
        {
            // a. Let nextCP be ? ToNumber(next).
            double nextCP = Operations.ToNumber(realm, next);

            // b-c. If IsIntegralNumber(nextCP) is false, or nextCP < 0 or > 0x10FFFF, throw a RangeError exception.
            if (double.IsNaN(nextCP) || double.IsInfinity(nextCP) || Math.Truncate(nextCP) != nextCP || nextCP < 0 || nextCP > 0x10FFFF)
            {
                throw realm.RangeError("Invalid code point " + Operations.ToString(realm, next.IsNumber ? next : nextCP));
            }

            // d. Append UTF16EncodeCodePoint(ℝ(nextCP)).
            int cp = (int)nextCP;
            if (cp < 0x10000) result.Append((char)cp);
            else result.Append(char.ConvertFromUtf32(cp));
        }

        return result.ToString();
    }

    /// <see href="https://tc39.es/ecma262/#sec-string.raw"/>
    [JsFunction("raw", Length = 1)]
    private static JsValue Raw(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args)
    {
        // 1-4. cooked = ? ToObject(template); literals = ? ToObject(? Get(cooked, "raw")); literalCount.
        JsObject cooked = Operations.ToObject(realm, args.At(0));
        JsObject literals = Operations.ToObject(realm, cooked.Get("raw"));
        double literalCount = Operations.LengthOfArrayLike(realm, literals);

        // 5. If literalCount ≤ 0, return the empty String.
        if (literalCount <= 0) return "";

        // 6-8. Interleave the raw literals with the substitutions.
        var r = new StringBuilder();
        int substitutionCount = Math.Max(args.Length - 1, 0);
        for (double nextIndex = 0; ; nextIndex++)
        {
            r.Append(Operations.ToString(realm, ArrayHelpers.Get(literals, nextIndex)));
            if (nextIndex + 1 == literalCount) return r.ToString();
            if (nextIndex < substitutionCount) r.Append(Operations.ToString(realm, args[(int)nextIndex + 1]));
        }
    }
}
