using Oden.Runtime.CompilerServices;

namespace Oden.Runtime.Builtins;

/// <summary>%Function%: compiles its source through the realm's compile hook (IDynamicCodeCompiler).</summary>
internal static partial class FunctionConstructor
{
    /// <see href="https://tc39.es/ecma262/#sec-function-p1-p2-pn-body"/>
    [JsConstructor("Function", Length = 1)]
    private static JsValue Construct(Realm realm, JsValue thisValue, ReadOnlySpan<JsValue> args, JsObject? newTarget) =>
        // 2. Return ? CreateDynamicFunction(C, NewTarget, normal, parameterArgs, bodyArg).
        CreateDynamicFunction(realm, "function", args, newTarget, realm.Intrinsics.FunctionConstructor, realm.Intrinsics.FunctionPrototype);

    /// <summary>
    /// CreateDynamicFunction: parameters and body are converted with ToString, joined into
    /// "(function anonymous(P\n) {\nbody\n})" and compiled as global code, which the compiler checks
    /// parses as exactly that function. https://tc39.es/ecma262/#sec-createdynamicfunction
    /// <paramref name="prefix"/> is "function" here; the generator and async constructors pass theirs
    /// ("function*", "async function", "async function*"), with their own constructor and fallback
    /// prototype (%GeneratorFunction.prototype% ...). The compiled function expression already has the
    /// kind's [[Prototype]] and, for generators, its `prototype` object; a <paramref name="newTarget"/>
    /// other than the constructor (a subclass) replaces the [[Prototype]] with
    /// GetPrototypeFromConstructor(newTarget, fallbackProto), after the source compiled.
    /// </summary>
    internal static JsValue CreateDynamicFunction(Realm realm, string prefix, ReadOnlySpan<JsValue> args, JsObject? newTarget, JsFunction constructor, JsObject fallbackProto)
    {
        // 8-14. P = the parameter strings joined with ","; bodyString = ToString(body) (empty when absent).
        string parameters = "";
        string body = "";
        if (args.Length > 0)
        {
            var parts = new string[args.Length - 1];
            for (int i = 0; i < parts.Length; i++) parts[i] = Operations.ToString(realm, args[i]);
            parameters = string.Join(",", parts);
            body = Operations.ToString(realm, args[^1]);
        }

        IDynamicCodeCompiler compiler = realm.DynamicCodeCompiler
            ?? throw realm.TypeError($"{ConstructorName(prefix)} is not available: this realm has no compiler hook for dynamic code (install one with OdenCompilerHook.Install(realm))");
        var source = new DynamicFunctionSource(prefix, parameters, body);
        DynamicCode code = compiler.Compile(realm, new DynamicCodeRequest(DynamicCodeKind.Function, source.Text, Strict: false, "eval at <anonymous>") { Function = source });
        JsValue function = code.Run(realm, null, JsValue.FromRef(realm.GlobalObject), default);
        var f = (JsFunction)function._ref!;

        // 1. If newTarget is undefined, set newTarget to constructor. ... proto = ? GetPrototypeFromConstructor(newTarget, fallbackProto).
        if (newTarget is not null && !ReferenceEquals(newTarget, constructor))
        {
            JsObject proto = JsFunction.GetPrototypeFromConstructor(newTarget, fallbackProto);
            if (!ReferenceEquals(proto, f.GetPrototypeOf())) f.SetPrototypeOf(proto);
        }

        // The function's [[SourceText]] is the synthesized text (Function.prototype.toString shows it).
        s_sourceText.AddOrUpdate(f, source.FunctionText);
        return function;
    }

    private static string ConstructorName(string prefix) => prefix switch
    {
        "function*" => "new GeneratorFunction()",
        "async function" => "new AsyncFunction()",
        "async function*" => "new AsyncGeneratorFunction()",
        _ => "new Function()",
    };

    /// <summary>
    /// [[SourceText]] of functions made by a function constructor. Weak keys: the table never keeps a
    /// function (or the collectible context of its code) alive.
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<JsFunction, string> s_sourceText = new();

    internal static bool TryGetSourceText(JsFunction f, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out string? text) =>
        s_sourceText.TryGetValue(f, out text);
}
