// JsFunction: every callable object.
//
// The call convention (docs/architecture.md, "Functions and calls"): fixed-arity entries Call0..Call3 for
// the common cases and a general entry taking a span. Compiled functions override every entry to call
// their body method directly; builtins override the general one. A caller with up to three arguments
// never allocates: the default CallN entries build the span over an inline array on the stack.
using System.Runtime.CompilerServices;

namespace Oden.Runtime;

public abstract class JsFunction : JsObject
{
    protected JsFunction(Realm realm, JsObject? prototype, Shape shape)
        : base(prototype, shape)
    {
        Realm = realm;
        _objectFlags |= ObjectFlags.Callable;
    }

    /// <summary>The function's [[Realm]].</summary>
    public Realm Realm { get; }

    public override string ClassName => "Function";

    /// <summary>[[Call]] with any number of arguments.</summary>
    public abstract JsValue Call(JsValue thisValue, ReadOnlySpan<JsValue> arguments);

    public virtual JsValue Call0(JsValue thisValue) => Call(thisValue, ReadOnlySpan<JsValue>.Empty);

    public virtual JsValue Call1(JsValue thisValue, JsValue a0) => Call(thisValue, new ReadOnlySpan<JsValue>(in a0));

    public virtual JsValue Call2(JsValue thisValue, JsValue a0, JsValue a1)
    {
        ArgumentBuffer2 args = default;
        args[0] = a0;
        args[1] = a1;
        return Call(thisValue, args);
    }

    public virtual JsValue Call3(JsValue thisValue, JsValue a0, JsValue a1, JsValue a2)
    {
        ArgumentBuffer3 args = default;
        args[0] = a0;
        args[1] = a1;
        args[2] = a2;
        return Call(thisValue, args);
    }

    /// <summary>Whether the function has a [[Construct]] internal method.</summary>
    public virtual bool IsConstructor => false;

    /// <summary>[[Construct]]: the caller has checked IsConstructor.</summary>
    public virtual JsValue Construct(ReadOnlySpan<JsValue> arguments, JsObject newTarget) =>
        throw Realm.TypeError("not a constructor");

    /// <summary>
    /// Whether [[Construct]] is JsClosure's ordinary one, so that `new F(a, b)` may run it with the arguments in
    /// registers (JsClosure.ConstructK): 0 until the first `new` asks, then <see cref="OrdinaryConstruct"/> or
    /// <see cref="OtherConstruct"/>.
    /// </summary>
    internal byte _constructPath;

    /// <summary>
    /// For a compiled function (JsClosure), the arity K of the CallK entry its generated class overrides to run
    /// the body directly, or -1 (no such entry; every other function). A caller that holds more arguments than
    /// K may call that entry with the first K: the extra ones are unobservable, since such bodies never read
    /// `arguments` (see JsClosure). Array callbacks use it to skip JsClosure's adapter.
    /// </summary>
    internal sbyte _directArity = -1;

    internal const byte OrdinaryConstruct = 1;
    internal const byte OtherConstruct = 2;

    /// <summary>Works out <see cref="_constructPath"/> (once per function object).</summary>
    internal virtual byte ResolveConstructPath() => _constructPath = OtherConstruct;

    /// <summary>The value of the own "name" property when it is a string, for diagnostics.</summary>
    public virtual string DebugName
    {
        get
        {
            if (TryGetOwnStorage("name", out JsValue v, out PropertyFlags f) && (f & PropertyFlags.Accessor) == 0 && v.IsString)
            {
                return v.AsString();
            }

            return "";
        }
    }

    /// <see href="https://tc39.es/ecma262/#sec-getprototypefromconstructor"/>
    public static JsObject GetPrototypeFromConstructor(JsObject constructor, JsObject intrinsicDefault)
    {
        JsValue proto = constructor.Get("prototype");
        return proto._ref as JsObject ?? intrinsicDefault;
    }
}

[InlineArray(2)]
public struct ArgumentBuffer2
{
    private JsValue _element;
}

[InlineArray(3)]
public struct ArgumentBuffer3
{
    private JsValue _element;
}

[InlineArray(4)]
public struct ArgumentBuffer4
{
    private JsValue _element;
}

/// <summary>Reading arguments the way builtins do: missing ones are undefined.</summary>
public static class ArgumentsExtensions
{
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static JsValue At(this ReadOnlySpan<JsValue> args, int index) =>
        (uint)index < (uint)args.Length ? args[index] : default;
}
