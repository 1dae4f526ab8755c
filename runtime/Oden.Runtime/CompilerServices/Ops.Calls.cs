// Calls for generated code. Up to three arguments travel in registers through the CallN entries of
// JsFunction (no allocation); more go through the general entry with an array the caller built.
using System.Runtime.CompilerServices;

namespace Oden.Runtime.CompilerServices;

public static partial class Ops
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsFunction AsFunction(Realm realm, JsValue callee, string what)
    {
        if (JsValue.FunctionOf(callee) is { } f) return f;
        throw NotAFunction(realm, callee, what);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsException NotAFunction(Realm realm, JsValue callee, string what) =>
        realm.TypeError($"{what} is not a function");

    // f(...) with an explicit this (undefined for plain calls; the callee coerces it in sloppy mode).

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Call0(Realm realm, JsValue callee, JsValue thisValue, string what) =>
        AsFunction(realm, callee, what).Call0(thisValue);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Call1(Realm realm, JsValue callee, JsValue thisValue, JsValue a0, string what) =>
        AsFunction(realm, callee, what).Call1(thisValue, a0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Call2(Realm realm, JsValue callee, JsValue thisValue, JsValue a0, JsValue a1, string what) =>
        AsFunction(realm, callee, what).Call2(thisValue, a0, a1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue Call3(Realm realm, JsValue callee, JsValue thisValue, JsValue a0, JsValue a1, JsValue a2, string what) =>
        AsFunction(realm, callee, what).Call3(thisValue, a0, a1, a2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallN(Realm realm, JsValue callee, JsValue thisValue, JsValue[] args, string what) =>
        AsFunction(realm, callee, what).Call(thisValue, args);

    // target.name(...): EvaluateCall reads the method first (GetMethod, through the site's inline cache:
    // a getter, a Proxy's get trap or a TypeError for null/undefined happen before the arguments are
    // evaluated), then the arguments, then checks that the method is callable and calls it with this =
    // target. GetMethod returns null for a value that is not callable; CallMethodK throws the TypeError
    // then, after the arguments, as the spec does.

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMethod0(Realm realm, JsFunction? method, JsValue target, PropertySite site) =>
        (method ?? throw NotAMethod(realm, target, site)).Call0(target);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMethod1(Realm realm, JsFunction? method, JsValue target, JsValue a0, PropertySite site) =>
        (method ?? throw NotAMethod(realm, target, site)).Call1(target, a0);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMethod2(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, PropertySite site) =>
        (method ?? throw NotAMethod(realm, target, site)).Call2(target, a0, a1);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMethod3(Realm realm, JsFunction? method, JsValue target, JsValue a0, JsValue a1, JsValue a2, PropertySite site) =>
        (method ?? throw NotAMethod(realm, target, site)).Call3(target, a0, a1, a2);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue CallMethodN(Realm realm, JsFunction? method, JsValue target, JsValue[] args, PropertySite site) =>
        (method ?? throw NotAMethod(realm, target, site)).Call(target, args);

    /// <summary>
    /// The method lookup of a call site (https://tc39.es/ecma262/#sec-function-calls-runtime-semantics-evaluation,
    /// step 1-2: the reference's GetValue), before the arguments: the method, or null when the value is
    /// not callable. The common cases hit inline: a method on the receiver or on its prototype (depth 1:
    /// instances of constructors, arrays), and a method of String.prototype called on a string
    /// primitive. Everything else goes through the full cache and the generic lookup.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsFunction? GetMethod(Realm realm, JsValue target, PropertySite site) =>
        GetMethodOn(realm, JsValue.ObjectOf(target._ref), target, site);

    /// <summary>GetMethod where <paramref name="o"/> is AsObject(target).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsFunction? GetMethodOn(Realm realm, JsObject? o, JsValue target, PropertySite site)
    {
        // A method of the receiver's class (on its prototype), else one on the receiver itself. Only a marked
        // function value is taken here (see JsValue.FunctionMark); the rest, primitives included (a string's
        // methods off String.prototype excepted), go through the full cache. Kept small: every method call
        // inlines it.
        if (o is not null)
        {
            if (MethodByShortcuts(o, site) is { } f) return f;
        }
        else if ((target._ref is string || target._ref is JsRope) && realm.Intrinsics._stringPrototype is { } sp)
        {
            // A method of String.prototype on a string primitive, flat or a rope (recorded with the prototype
            // as receiver).
            CacheEntry e = site._own;
            if (ReferenceEquals(e.Shape, sp._shape) && JsValue.MarkedFunctionOf(SlotAt(sp, e.Slot)) is { } f) return f;
        }

        return GetMethodSlow(realm, target, site);
    }

    /// <summary>
    /// The runtime's own method reads (GetMethod through a site: @@iterator of an iterable, …): the function the
    /// site's shortcuts find on an object or its prototype, as GetMethodOn's inline path does, or null, and
    /// the caller reads the property in full.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static JsFunction? CachedMethod(JsValue target, PropertySite site) =>
        JsValue.ObjectOf(target._ref) is { } o ? MethodByShortcuts(o, site) : null;

    /// <summary>
    /// The method the site's first-entry shortcuts find for <paramref name="o"/>: on its prototype (_proto1, a
    /// method of the receiver's class), else on the object itself (_own); only a marked function value, else null.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsFunction? MethodByShortcuts(JsObject o, PropertySite site)
    {
        JsObject? holder = null;
        CacheEntry e = site._proto1;
        if (ReferenceEquals(e.Shape, o._shape))
        {
            JsObject? p = o._prototype;
            if (p is not null && ReferenceEquals(e.Proto1, p._shape)) holder = p;
        }
        else
        {
            e = site._own;
            if (ReferenceEquals(e.Shape, o._shape)) holder = o;
        }

        return holder is null ? null : JsValue.MarkedFunctionOf(SlotAt(holder, e.Slot));
    }

    /// <summary>
    /// The runtime's own reads of protocol properties (a receiver's inherited "constructor" or "then", a
    /// constructor's own "resolve", an iterator's "next"): GetNamed with the site's depth-1 data shortcut in
    /// front, which a script's reads keep for method calls (GetMethodOn) to hold their inline path small.
    /// </summary>
    internal static JsValue GetProtocolProperty(Realm realm, JsValue target, PropertySite site)
    {
        if (JsValue.ObjectOf(target._ref) is { } o)
        {
            CacheEntry e = site._proto1;
            if (ReferenceEquals(e.Shape, o._shape) && o._prototype is { } p && ReferenceEquals(e.Proto1, p._shape))
            {
                JsValue v = SlotAt(p, e.Slot);
                if (!v.IsLazy) return v;
            }
        }

        return GetNamed(realm, target, site);
    }

    /// <summary>
    /// The method lookups GetMethodOn's inline shortcuts leave out, first the two common ones: a method inherited
    /// from further up (a base class's method called on a subclass instance, two prototypes up) and a site
    /// that sees several receiver shapes. A cached data entry whose shapes match and whose slot holds a
    /// marked function is the answer; anything else (getters, lazy slots, misses) takes the full read.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsFunction? GetMethodSlow(Realm realm, JsValue target, PropertySite site)
    {
        if (JsValue.ObjectOf(target._ref) is { } o)
        {
            object? state = site._state;
            if (state is CacheEntry one)
            {
                if (MethodOfEntry(one, o) is { } f) return f;
            }
            else if (state is CacheEntry[] many)
            {
                foreach (CacheEntry e in many)
                {
                    if (MethodOfEntry(e, o) is { } f) return f;
                }
            }
        }

        return JsValue.FunctionOf(GetNamedSlow(realm, target, site));
    }

    /// <summary>The marked function that entry <paramref name="e"/> finds for <paramref name="o"/> (a data entry whose shapes match), else null.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static JsFunction? MethodOfEntry(CacheEntry e, JsObject o)
    {
        if (!ReferenceEquals(e.Shape, o._shape) || e.Kind != CacheEntryKind.Data) return null;
        JsObject? holder = e.Chain is null ? o : e.MatchChain(o);
        return holder is null ? null : JsValue.MarkedFunctionOf(SlotAt(holder, e.Slot));
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static JsException NotAMethod(Realm realm, JsValue target, PropertySite site) =>
        realm.TypeError($"{DescribeMember(realm, target, site.Key)} is not a function");

    private static string DescribeMember(Realm realm, JsValue target, in PropertyKey key) =>
        (target._ref is JsFunction f && f.DebugName.Length > 0 ? f.DebugName : target.IsObject ? "object" : Operations.TypeOf(target)) + "." + key;

    // new F(...)

    private static JsFunction AsConstructor(Realm realm, JsValue callee, string what)
    {
        if (JsValue.FunctionOf(callee) is { IsConstructor: true } f) return f;
        throw realm.TypeError($"{what} is not a constructor");
    }

    /// <summary>Whether `new f(...)` can take JsClosure's direct ConstructK entry (see JsFunction._constructPath).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool HasOrdinaryConstruct(JsFunction f)
    {
        byte path = f._constructPath;
        if (path == 0) path = f.ResolveConstructPath();
        return path == JsFunction.OrdinaryConstruct;
    }

    // The ordinary construct path is checked first: only constructors (plain functions) take it, so the
    // IsConstructor test (a virtual call) is left to the other callees.

    public static JsValue New0(Realm realm, JsValue callee, string what)
    {
        if (JsValue.FunctionOf(callee) is { } g && HasOrdinaryConstruct(g)) return Unsafe.As<JsClosure>(g).Construct0();
        JsFunction f = AsConstructor(realm, callee, what);
        return f.Construct(ReadOnlySpan<JsValue>.Empty, f);
    }

    public static JsValue New1(Realm realm, JsValue callee, JsValue a0, string what)
    {
        if (JsValue.FunctionOf(callee) is { } g && HasOrdinaryConstruct(g)) return Unsafe.As<JsClosure>(g).Construct1(a0);
        JsFunction f = AsConstructor(realm, callee, what);
        return f.Construct(new ReadOnlySpan<JsValue>(in a0), f);
    }

    public static JsValue New2(Realm realm, JsValue callee, JsValue a0, JsValue a1, string what)
    {
        if (JsValue.FunctionOf(callee) is { } g && HasOrdinaryConstruct(g)) return Unsafe.As<JsClosure>(g).Construct2(a0, a1);
        JsFunction f = AsConstructor(realm, callee, what);
        ArgumentBuffer2 args = default;
        args[0] = a0;
        args[1] = a1;
        return f.Construct(args, f);
    }

    public static JsValue New3(Realm realm, JsValue callee, JsValue a0, JsValue a1, JsValue a2, string what)
    {
        if (JsValue.FunctionOf(callee) is { } g && HasOrdinaryConstruct(g)) return Unsafe.As<JsClosure>(g).Construct3(a0, a1, a2);
        JsFunction f = AsConstructor(realm, callee, what);
        ArgumentBuffer3 args = default;
        args[0] = a0;
        args[1] = a1;
        args[2] = a2;
        return f.Construct(args, f);
    }

    public static JsValue NewN(Realm realm, JsValue callee, JsValue[] args, string what)
    {
        JsFunction f = AsConstructor(realm, callee, what);
        return f.Construct(args, f);
    }

    // Function entry and this binding.

    /// <summary>The this value of a sloppy-mode function: undefined/null → the global object, primitives boxed.</summary>
    public static JsValue CoerceSloppyThis(Realm realm, JsValue thisValue)
    {
        if (thisValue.IsNullish) return realm.GlobalObject;
        if (JsValue.ObjectOf(thisValue._ref) is not null) return thisValue;
        return Operations.ToObject(realm, thisValue);
    }

    // Exceptions.

    /// <summary>throw value: returns the exception for IL to throw.</summary>
    public static Exception Throw(JsValue value) => new JsException(value);

    /// <summary>A ReferenceError for a let/const/class binding read or written before its declaration ran.</summary>
    public static Exception ThrowTdz(Realm realm, string name) =>
        name == "this" ? ThisBeforeSuper(realm) : realm.ReferenceError($"Cannot access '{name}' before initialization");

    /// <summary>A TypeError for an assignment to a const binding.</summary>
    public static Exception ThrowConstAssignment(Realm realm, string name) =>
        realm.TypeError("Assignment to constant variable.");
}
