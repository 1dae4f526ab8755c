// RegExpProtocolGuard: when may the Symbol.replace/match/split/test builtins skip the observable protocol?
//
// The protocol methods read "flags" (whose getter reads eight flag getters), "exec" and, for split, build a
// splitter through the RegExp constructor (which reads @@match), then read "0", "index", "groups"… back
// from each match array. For a JsRegExp that has only its own lastIndex (JsRegExp.s_shape), whose
// prototype is this realm's %RegExp.prototype%, and whose prototype still holds the intrinsic exec, flags,
// flag getters and @@match, none of those reads can run code or see anything but what the matcher knows:
// the builtins then work on RegExpMatch records directly, with lastIndex still read and written as the
// spec says (JsRegExp.BuiltinMatch). Anything else takes the literal protocol.
//
// The check is cheap: the prototype's shape and the references in the guarded slots are remembered once
// validated. Replacing a guarded property's value keeps the shape but changes the slot's reference (an
// accessor is an immutable JsAccessor, so a new getter is a new reference); adding, deleting or
// reconfiguring properties changes the shape or puts the object in dictionary mode. Either way the next
// check revalidates by looking the properties up.
namespace Oden.Runtime.Builtins;

internal sealed unsafe class RegExpProtocolGuard
{
    private static readonly PropertyKey[] s_keys =
    [
        "exec", "flags", "hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky",
        PropertyKey.FromSymbol(JsSymbol.Match),
    ];

    private readonly JsObject _prototype;
    private readonly int[] _slots = new int[s_keys.Length];
    private readonly object?[] _refs = new object?[s_keys.Length];
    private Shape? _shape;

    public RegExpProtocolGuard(JsObject prototype)
    {
        _prototype = prototype;
    }

    /// <summary>Whether every protocol read on <paramref name="r"/> would find the intrinsic (see the file header).</summary>
    public bool IsPristine(JsObject r)
    {
        if (r is not JsRegExp rx || !ReferenceEquals(rx._shape, JsRegExp.s_shape) || !ReferenceEquals(rx._prototype, _prototype)
            || rx.Matcher is null)
        {
            return false;
        }

        JsObject p = _prototype;
        if (ReferenceEquals(p._shape, _shape) && p._map is null)
        {
            JsValue[] slots = p._slots;
            for (int i = 0; i < _slots.Length; i++)
            {
                if (!ReferenceEquals(slots[_slots[i]]._ref, _refs[i])) return Revalidate();
            }

            return true;
        }

        return Revalidate();
    }

    private bool Revalidate()
    {
        _shape = null;
        JsObject p = _prototype;
        if (p._map is not null) return false;
        for (int i = 0; i < s_keys.Length; i++)
        {
            if (!p._shape.TryGetSlot(s_keys[i], out int slot, out PropertyFlags flags)) return false;
            JsValue v = p._slots[slot];
            if (!IsIntrinsic(i, v, flags)) return false;
            _slots[i] = slot;
            _refs[i] = v._ref;
        }

        _shape = p._shape;
        return true;
    }

    private static bool IsIntrinsic(int index, JsValue v, PropertyFlags flags)
    {
        if (index == 0) return (flags & PropertyFlags.Accessor) == 0 && v._ref is JsBuiltinFunction exec && exec.IsMethod(&RegExpPrototype.Exec);
        if (index == s_keys.Length - 1)
        {
            return (flags & PropertyFlags.Accessor) == 0 && v._ref is JsBuiltinFunction match && match.IsMethod(&RegExpPrototype.SymbolMatch);
        }

        if ((flags & PropertyFlags.Accessor) == 0 || v._ref is not JsAccessor { Getter: JsBuiltinFunction getter }) return false;
        return index switch
        {
            1 => getter.IsMethod(&RegExpPrototype.FlagsGetter),
            2 => getter.IsMethod(&RegExpPrototype.HasIndices),
            3 => getter.IsMethod(&RegExpPrototype.Global),
            4 => getter.IsMethod(&RegExpPrototype.IgnoreCase),
            5 => getter.IsMethod(&RegExpPrototype.Multiline),
            6 => getter.IsMethod(&RegExpPrototype.DotAll),
            7 => getter.IsMethod(&RegExpPrototype.Unicode),
            8 => getter.IsMethod(&RegExpPrototype.UnicodeSets),
            9 => getter.IsMethod(&RegExpPrototype.Sticky),
            _ => false,
        };
    }
}
