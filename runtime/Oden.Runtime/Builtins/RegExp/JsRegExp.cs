// JsRegExp: an object with [[RegExpMatcher]], [[OriginalSource]] and [[OriginalFlags]]. "lastIndex" is an
// ordinary own data property (writable, not enumerable, not configurable) in slot 0 of a shared shape;
// the flags and the compiled matcher live in fields. The matcher is shared (regex literals keep theirs in
// a RegExpLiteral, the constructor gets it from the engine's cache); the object owns only lastIndex.
namespace Oden.Runtime.Builtins;

public sealed class JsRegExp : JsObject
{
    internal static readonly Shape s_shape = Shape.Root(ShapeKind.RegExp).AddProperty("lastIndex", PropertyFlags.Writable);

    // The shapes of a match array after "index", "input" and "groups" (RegExpBuiltinExec steps 22-27), held
    // here so that building a match array replays them instead of looking the transitions up each time.
    private static readonly Shape s_matchIndexShape = new JsArray(null).Shape.AddProperty("index", PropertyFlags.Default);
    private static readonly Shape s_matchInputShape = s_matchIndexShape.AddProperty("input", PropertyFlags.Default);
    private static readonly Shape s_matchGroupsShape = s_matchInputShape.AddProperty("groups", PropertyFlags.Default);

    private RegExpMatcher? _matcher;

    /// <summary>RegExpAlloc: an uninitialised RegExp (lastIndex undefined until RegExpInitialize).</summary>
    internal JsRegExp(JsObject prototype)
        : base(prototype, s_shape)
    {
    }

    public override string ClassName => "RegExp";

    /// <summary>[[OriginalSource]].</summary>
    public string Source => _matcher?.Source ?? "";

    /// <summary>[[OriginalFlags]].</summary>
    public RegExpFlags Flags => _matcher?.Flags ?? RegExpFlags.None;

    internal RegExpMatcher? Matcher => _matcher;

    /// <summary>
    /// COMPILER-FACING: evaluates a regular expression literal: a new RegExp object of this realm over the
    /// literal's shared compiled matcher. Throws a SyntaxError if the literal's pattern is invalid.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-regular-expression-literals-runtime-semantics-evaluation"/>
    public static JsRegExp Create(Realm realm, RegExpLiteral literal)
    {
        RegExpMatcher matcher;
        try
        {
            matcher = literal.Matcher;
        }
        catch (RegExpSyntaxException e)
        {
            throw realm.SyntaxError($"Invalid regular expression: /{literal.Source}/{literal.Flags}: {e.Message}");
        }

        var r = new JsRegExp(realm.Intrinsics.RegExpPrototype);
        r._matcher = matcher;
        r._slots[0] = JsValue.Zero;
        return r;
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexpalloc"/>
    internal static JsRegExp RegExpAlloc(Realm realm, JsObject newTarget)
    {
        // 1. Let obj be ? OrdinaryCreateFromConstructor(newTarget, "%RegExp.prototype%", …).
        JsObject proto = ReferenceEquals(newTarget, realm.Intrinsics.RegExpConstructor)
            ? realm.Intrinsics.RegExpPrototype
            : JsFunction.GetPrototypeFromConstructor(newTarget, realm.Intrinsics.RegExpPrototype);

        // 2. Perform ! DefinePropertyOrThrow(obj, "lastIndex", { [[Writable]]: true, [[Enumerable]]: false, [[Configurable]]: false }).
        return new JsRegExp(proto);
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexpinitialize"/>
    internal static JsRegExp RegExpInitialize(Realm realm, JsRegExp obj, JsValue pattern, JsValue flags)
    {
        // 1-4. P and F as Strings (undefined is the empty String).
        string p = pattern.IsUndefined ? "" : Operations.ToString(realm, pattern);
        string f = flags.IsUndefined ? "" : Operations.ToString(realm, flags);

        // 5. If F contains any code unit other than "dgimsuvy", or contains any code unit more than once, throw a SyntaxError.
        if (!RegExpFlagsParser.TryParse(f, out RegExpFlags parsed))
        {
            throw realm.SyntaxError($"Invalid flags supplied to RegExp constructor '{f}'");
        }

        // 6-15. Parse the pattern; an early error is a SyntaxError.
        try
        {
            obj._matcher = DotNetRegExpEngine.Default.Compile(p, parsed);
        }
        catch (RegExpSyntaxException e)
        {
            throw realm.SyntaxError($"Invalid regular expression: /{p}/{f}: {e.Message}");
        }

        // 16. Perform ? Set(obj, "lastIndex", +0𝔽, true).
        Operations.Set(realm, obj, "lastIndex", JsValue.Zero, throwOnFailure: true);
        return obj;
    }

    /// <see href="https://tc39.es/ecma262/#sec-regexpcreate"/>
    public static JsRegExp RegExpCreate(Realm realm, JsValue pattern, JsValue flags)
    {
        // 1-2. Let obj be ! RegExpAlloc(%RegExp%). Return ? RegExpInitialize(obj, P, F).
        JsRegExp obj = RegExpAlloc(realm, realm.Intrinsics.RegExpConstructor);
        return RegExpInitialize(realm, obj, pattern, flags);
    }

    /// <summary>Reads lastIndex without running code when it is a plain number in the own slot.</summary>
    internal double GetLastIndex(Realm realm)
    {
        if (ReferenceEquals(_shape, s_shape))
        {
            JsValue v = _slots[0];
            if (v.IsNumber && v.AsNumber >= 0 && v.AsNumber == Math.Floor(v.AsNumber)) return Math.Min(v.AsNumber, ArrayHelpers.MaxSafeInteger);
            return Operations.ToLength(realm, v);
        }

        return Operations.ToLength(realm, Get("lastIndex"));
    }

    /// <summary>Set(R, "lastIndex", value, true).</summary>
    internal void SetLastIndex(Realm realm, double value)
    {
        if (ReferenceEquals(_shape, s_shape))
        {
            // lastIndex is the writable own data property in slot 0.
            _slots[0] = value;
            return;
        }

        Operations.Set(realm, this, "lastIndex", value, throwOnFailure: true);
    }

    /// <summary>
    /// The matching part of RegExpBuiltinExec: reads and updates lastIndex as the spec does and returns the
    /// match (or null) without building the result array.
    /// </summary>
    /// <see href="https://tc39.es/ecma262/#sec-regexpbuiltinexec"/>
    internal RegExpMatch? BuiltinMatch(Realm realm, string s)
    {
        RegExpMatcher matcher = _matcher ?? throw realm.TypeError("RegExp.prototype.exec called on an uninitialized RegExp");

        // 1-2. Let length be the length of S. Let lastIndex be ℝ(? ToLength(? Get(R, "lastIndex"))).
        int length = s.Length;
        double lastIndex = GetLastIndex(realm);

        // 3-6. global, sticky; if neither, set lastIndex to 0.
        RegExpFlags flags = matcher.Flags;
        bool global = (flags & RegExpFlags.Global) != 0, sticky = (flags & RegExpFlags.Sticky) != 0;
        if (!global && !sticky) lastIndex = 0;

        // 13.a. If lastIndex > length: reset lastIndex (global or sticky) and return null.
        if (lastIndex > length)
        {
            if (global || sticky) SetLastIndex(realm, 0);
            return null;
        }

        // 13.b-c. Run the matcher from lastIndex (it advances by itself unless sticky).
        RegExpMatch? r;
        try
        {
            r = matcher.Match(s, (int)lastIndex);
        }
        catch (RegExpTimeoutException e)
        {
            throw realm.RangeError(e.Message);
        }

        if (r is null)
        {
            // A failed search (or sticky attempt) ends with lastIndex 0 when global or sticky.
            if (global || sticky) SetLastIndex(realm, 0);
            return null;
        }

        // 15-18. If global or sticky, Set(R, "lastIndex", 𝔽(e), true).
        if (global || sticky) SetLastIndex(realm, r.EndIndex);
        return r;
    }

    /// <summary>
    /// <see cref="BuiltinMatch"/> for a caller that needs only the whole match's bounds: the same lastIndex
    /// reads and writes, no capture positions, no allocation.
    /// </summary>
    internal bool BuiltinMatchBounds(Realm realm, string s, out int start, out int end)
    {
        RegExpMatcher matcher = _matcher ?? throw realm.TypeError("RegExp.prototype.exec called on an uninitialized RegExp");

        // 1-6. As BuiltinMatch.
        double lastIndex = GetLastIndex(realm);
        RegExpFlags flags = matcher.Flags;
        bool global = (flags & RegExpFlags.Global) != 0, sticky = (flags & RegExpFlags.Sticky) != 0;
        if (!global && !sticky) lastIndex = 0;

        // 13.a. If lastIndex > length: reset lastIndex (global or sticky) and fail.
        start = end = -1;
        if (lastIndex > s.Length)
        {
            if (global || sticky) SetLastIndex(realm, 0);
            return false;
        }

        // 13.b-c. Run the matcher from lastIndex.
        bool found;
        int length;
        try
        {
            found = matcher.MatchBounds(s, (int)lastIndex, out start, out length);
        }
        catch (RegExpTimeoutException e)
        {
            throw realm.RangeError(e.Message);
        }

        if (!found)
        {
            if (global || sticky) SetLastIndex(realm, 0);
            return false;
        }

        // 15-18. If global or sticky, Set(R, "lastIndex", 𝔽(e), true).
        end = start + length;
        if (global || sticky) SetLastIndex(realm, end);
        return true;
    }

    /// <summary>RegExpBuiltinExec: the match array (index, input, groups, indices) or null.</summary>
    internal JsValue BuiltinExec(Realm realm, string s)
    {
        RegExpMatch? r = BuiltinMatch(realm, s);
        return r is null ? JsValue.Null : CreateMatchArray(realm, _matcher!, s, r);
    }

    /// <summary>Steps 19-35 of RegExpBuiltinExec.</summary>
    internal static JsArray CreateMatchArray(Realm realm, RegExpMatcher matcher, string s, RegExpMatch r)
    {
        int n = matcher.CaptureCount;
        var elements = new JsValue[n + 1];
        for (int i = 0; i <= n; i++)
        {
            string? v = r.Value(s, i);
            elements[i] = v is null ? default : JsValue.FromString(v);
        }

        // 20-23. A = ArrayCreate(n + 1) with "index" and "input".
        var a = new JsArray(realm.Intrinsics.ArrayPrototype, elements, n + 1);
        a.AddWithShape(s_matchIndexShape, r.Index);
        a.AddWithShape(s_matchInputShape, s);

        // 25-27. groups: a null-prototype object of the named captures, or undefined.
        a.AddWithShape(s_matchGroupsShape, matcher.HasNamedGroups ? JsValue.FromRef(CreateGroupsObject(matcher, elements)) : default);

        // 34. If hasIndices, "indices": [start, end] pairs (undefined for unmatched), with its own groups.
        if ((matcher.Flags & RegExpFlags.HasIndices) != 0)
        {
            var pairs = new JsValue[n + 1];
            for (int i = 0; i <= n; i++)
            {
                pairs[i] = r.IsMatched(i)
                    ? JsValue.FromRef(Operations.CreateArrayFromList(realm, [JsValue.FromNumber(r.Start(i)), JsValue.FromNumber(r.Start(i) + r.Length(i))]))
                    : JsValue.Undefined;
            }

            var indices = new JsArray(realm.Intrinsics.ArrayPrototype, pairs, n + 1);
            JsValue indexGroups = default;
            if (matcher.HasNamedGroups)
            {
                var g = new JsObject(null);
                for (int i = 1; i <= n; i++)
                {
                    if (matcher.GroupNames[i] is string name) g.FastAddProperty(PropertyKey.FromString(name), pairs[i]);
                }

                indexGroups = g;
            }

            indices.FastAddProperty("groups", indexGroups);
            a.FastAddProperty("indices", indices);
        }

        return a;
    }

    /// <summary>RegExpBuiltinExec steps 25-27: the null-prototype "groups" object of a match with named groups.</summary>
    internal static JsObject CreateGroupsObject(RegExpMatcher matcher, string s, RegExpMatch r)
    {
        var g = new JsObject(null, matcher.GroupsShape);
        int slot = 0;
        for (int i = 1; i <= matcher.CaptureCount; i++)
        {
            if (matcher.GroupNames[i] is not null)
            {
                string? v = r.Value(s, i);
                g._slots[slot++] = v is null ? default : JsValue.FromString(v);
            }
        }

        return g;
    }

    private static JsObject CreateGroupsObject(RegExpMatcher matcher, JsValue[] elements)
    {
        var g = new JsObject(null, matcher.GroupsShape);
        int slot = 0;
        for (int i = 1; i <= matcher.CaptureCount; i++)
        {
            if (matcher.GroupNames[i] is not null) g._slots[slot++] = elements[i];
        }

        return g;
    }

    /// <see href="https://tc39.es/ecma262/#sec-advancestringindex"/>
    internal static double AdvanceStringIndex(string s, double index, bool unicode)
    {
        // 2-4. Without u, or at the end, advance by one code unit.
        if (!unicode || index + 1 >= s.Length) return index + 1;

        // 5-6. Otherwise by the code point at index.
        StringHelpers.CodePointAt(s, (int)index, out int size);
        return index + size;
    }
}

/// <summary>
/// COMPILER-FACING: a regular expression literal, realm-independent. The compiler stores one per literal in
/// a static field of the generated assembly (`static readonly RegExpLiteral s_re3 = new("a+", "g");`) and
/// evaluates the literal with <see cref="JsRegExp.Create(Realm, RegExpLiteral)"/>. The pattern is compiled
/// on first use and shared by every realm and thread; an invalid pattern throws a SyntaxError at each
/// evaluation (the compiler validates literals up front with <see cref="Validate"/>).
/// </summary>
public sealed class RegExpLiteral
{
    private RegExpMatcher? _matcher;

    public RegExpLiteral(string source, string flags)
    {
        Source = source;
        Flags = flags;
    }

    public string Source { get; }

    public string Flags { get; }

    internal RegExpMatcher Matcher
    {
        get
        {
            RegExpMatcher? m = Volatile.Read(ref _matcher);
            if (m is not null) return m;
            if (!RegExpFlagsParser.TryParse(Flags, out RegExpFlags flags)) throw new RegExpSyntaxException($"Invalid flags '{Flags}'");
            m = DotNetRegExpEngine.Default.Compile(Source, flags);
            Interlocked.CompareExchange(ref _matcher, m, null);
            return _matcher!;
        }
    }

    /// <summary>
    /// Checks a literal at compile time: null when it is valid, else the message of the SyntaxError the
    /// literal would raise ("Invalid regular expression: /(/: Unterminated group").
    /// </summary>
    public static string? Validate(string source, string flags)
    {
        if (!RegExpFlagsParser.TryParse(flags, out RegExpFlags parsed)) return $"Invalid regular expression flags '{flags}'";
        try
        {
            RegExpTranslator.Translate(source, parsed);
            return null;
        }
        catch (RegExpSyntaxException e)
        {
            return $"Invalid regular expression: /{source}/{flags}: {e.Message}";
        }
    }
}
