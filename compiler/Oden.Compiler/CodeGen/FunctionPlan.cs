// The emitted shape of one JavaScript function: its body method and its closure class (see the
// header of EmitContext.cs). The closure class is complete once the plan is built; the body's IL is
// emitted later by CodeGenerator.
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class FunctionPlan
{
    public FunctionPlan(EmitContext context, ModuleContext module, BoundFunction function)
    {
        Function = function;
        Module = module;
        var symbol = function.Symbol;
        int id = context.NextId();
        UsesArgumentSpan = EmitContext.UsesOwnArguments(symbol) || symbol.RestParameter is not null || symbol.ForwardsArguments;

        var outerScope = EmitContext.EnvironmentParent(symbol.Scope);
        OuterEnvironment = outerScope is null ? null : context.EnvironmentOf(outerScope);

        ClosureType = context.Module.DefineType(
            $"{context.Namespace}.Closure{id}_{Sanitize(symbol.Name)}",
            TypeAttributes.Public | TypeAttributes.Sealed | TypeAttributes.Class,
            RuntimeMembers.JsClosure);
        if (OuterEnvironment is not null)
            EnvironmentField = ClosureType.DefineField("Env", OuterEnvironment.Type, FieldAttributes.Public | FieldAttributes.InitOnly);
        if (symbol.Kind == FunctionKind.Eval)
            ChainField = ClosureType.DefineField("Chain", RuntimeMembers.ScopeEnvironment, FieldAttributes.Public);
        StaticsField = ClosureType.DefineField("Statics", module.RootHolder, FieldAttributes.Public | FieldAttributes.InitOnly);

        var parameterTypes = new List<Type> { ClosureType, RuntimeMembers.JsValue };
        if (UsesArgumentSpan) parameterTypes.Add(RuntimeMembers.ArgumentSpan);
        else parameterTypes.AddRange(symbol.Parameters.Select(_ => RuntimeMembers.JsValue));
        if (HasNewTargetArgument) parameterTypes.Add(RuntimeMembers.JsValue);
        var name = symbol.Kind switch
        {
            FunctionKind.Module => "<module>",
            FunctionKind.Script => "<script>",
            FunctionKind.Eval => "eval",
            _ => symbol.Name.Length == 0 ? "<anonymous>" : symbol.Name,
        };
        // A body whose parameters are exactly a CallK entry's (K formals, no new.target) is that entry itself: an
        // instance method of the closure class, named like any body and overriding JsFunction.CallK, so a
        // call through the function object reaches the code with no forwarding jump. Other bodies are static
        // methods of the module type, behind generated Call overrides. Either way argument 0 is the closure.
        int directArity = DirectArity(symbol);
        bool bodyIsCallEntry = directArity >= 0 && !HasNewTargetArgument && !IsRunOnce(symbol);
        Body = bodyIsCallEntry
            ? ClosureType.DefineMethod($"{name}`{id}", MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final,
                RuntimeMembers.JsValue, [.. parameterTypes.Skip(1)])
            : module.Type.DefineMethod($"{name}`{id}", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
                RuntimeMembers.JsValue, [.. parameterTypes]);
        // Keep a frame per JavaScript function in stack traces (JsError's `stack` and the .NET trace):
        // the JIT would otherwise inline small bodies into their callers (a Call override, which has no
        // source location, or a direct call). A module's top level runs once per realm: see RunOnceFlags.
        Body.SetImplementationFlags(IsRunOnce(symbol) ? RunOnceFlags : MethodImplAttributes.NoInlining);
        // Parameter positions start at 1; a static body declares the closure there, an instance body has it as its receiver.
        int first = bodyIsCallEntry ? 0 : 1;
        if (!bodyIsCallEntry) Body.DefineParameter(1, ParameterAttributes.None, "callee");
        Body.DefineParameter(first + 1, ParameterAttributes.None, "this");
        if (UsesArgumentSpan)
        {
            Body.DefineParameter(first + 2, ParameterAttributes.None, "arguments");
        }
        else
        {
            for (int i = 0; i < symbol.Parameters.Count; i++)
                Body.DefineParameter(first + 2 + i, ParameterAttributes.None, symbol.Parameters[i].Name);
        }
        if (HasNewTargetArgument) Body.DefineParameter(NewTargetArgumentIndex + first, ParameterAttributes.None, "new.target");

        Constructor = DefineConstructor(symbol);
        if (symbol.IsClassConstructor) DefineClassCallOverride();
        else if (bodyIsCallEntry) ClosureType.DefineMethodOverride(Body, CallEntries[directArity]);
        else DefineCallOverrides(symbol);
        if (symbol.IsClassConstructor || (HasNewTargetArgument && symbol.Kind != FunctionKind.Eval)) DefineConstructOverride(symbol); // eval code takes its caller's new.target
        if (symbol.IsStateMachine) StateMachine = new StateMachinePlan(context, module, this, name, id);
        if (!IsRunOnce(symbol)) DefineSourceText(module, symbol);

        var chunks = FunctionSplitter.Partition(function);
        if (chunks is not null)
        {
            var environment = context.EnvironmentOf(symbol.Scope);
            for (int k = 0; k < chunks.Count; k++)
            {
                var method = module.Type.DefineMethod($"{name}`{id}_part{k}", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
                    typeof(bool), [ClosureType, RuntimeMembers.JsValue, environment.Type, RuntimeMembers.JsValue.MakeByRefType()]);
                method.SetImplementationFlags(RunOnceFlags);
                Chunks.Add((method, chunks[k]));
            }
        }
    }

    /// <summary>
    /// Code that runs once (a module's or script's top level, the chunks of a body big enough to be
    /// split — in practice bundle top levels and module factories) is compiled without JIT
    /// optimisation. Generated assemblies load into collectible contexts, where the runtime does not
    /// use tiered compilation: every method is compiled fully optimised on its first call, which for
    /// large run-once code costs about nine times the time of a quick compile (measured: 5,000
    /// statements, 941 ms versus 112 ms) and buys nothing.
    /// </summary>
    public const MethodImplAttributes RunOnceFlags = MethodImplAttributes.NoInlining | MethodImplAttributes.NoOptimization;

    public static bool IsRunOnce(FunctionSymbol symbol) => symbol.Kind is FunctionKind.Module or FunctionKind.Script or FunctionKind.Eval;

    /// <summary>For a split body (see FunctionSplitter): the chunk methods and their statements, in order.</summary>
    public List<(MethodBuilder Method, System.Collections.Immutable.ImmutableArray<BoundStatement> Statements)> Chunks { get; } = new();

    /// <summary>For a generator or async function: its frame type and MoveNext body (CodeGenerator_StateMachine.cs).</summary>
    public StateMachinePlan? StateMachine { get; }

    public BoundFunction Function { get; }
    public ModuleContext Module { get; }
    public FunctionSymbol Symbol => Function.Symbol;
    public TypeBuilder ClosureType { get; }
    public ConstructorBuilder Constructor { get; }
    public MethodBuilder Body { get; }

    private static readonly MethodInfo[] CallEntries = [RuntimeMembers.FunctionCall0, RuntimeMembers.FunctionCall1, RuntimeMembers.FunctionCall2, RuntimeMembers.FunctionCall3];

    /// <summary>The environment the closure captures at creation (null when nothing outside is captured).</summary>
    public EnvironmentLayout? OuterEnvironment { get; }
    public FieldBuilder? EnvironmentField { get; }

    /// <summary>The module's constants (its root holder, see ModuleContext), set by the constructor: bodies read them through it.</summary>
    public FieldBuilder StaticsField { get; }

    /// <summary>Eval code's top level: the caller's runtime scope chain, set by the entry before the call (see CodeGenerator_Dynamic).</summary>
    public FieldBuilder? ChainField { get; }

    /// <summary>The body takes the argument span (the function uses `arguments`) instead of one parameter per formal.</summary>
    public bool UsesArgumentSpan { get; }

    private static string Sanitize(string name)
    {
        var chars = name.Where(c => char.IsLetterOrDigit(c) || c == '_' || c == '$').Take(40).ToArray();
        return chars.Length == 0 ? "anonymous" : new string(chars);
    }

    /// <summary>
    /// The arity of the one CallK override (see JsClosure's constructor): the number of formals when it is at
    /// most 3 and the body takes them as parameters, else -1 (Call(this, span) only).
    /// </summary>
    private int DirectArity(FunctionSymbol symbol) =>
        symbol.IsClassConstructor || UsesArgumentSpan || symbol.Parameters.Count > 3 ? -1 : symbol.Parameters.Count;

    /// <summary>.ctor(Realm realm[, Env env]): JsClosure(realm, kind, name, length, directArity).</summary>
    private ConstructorBuilder DefineConstructor(FunctionSymbol symbol)
    {
        var parameters = OuterEnvironment is null ? new[] { RuntimeMembers.Realm } : [RuntimeMembers.Realm, OuterEnvironment.Type];
        var ctor = ClosureType.DefineConstructor(MethodAttributes.Public | MethodAttributes.HideBySig, CallingConventions.Standard, parameters);
        var il = ctor.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        il.Emit(OpCodes.Ldc_I4, (int)RuntimeMembers.ToRuntimeKind(symbol));
        il.Emit(OpCodes.Ldstr, symbol.Name);
        il.Emit(OpCodes.Ldc_I4, symbol.Length);
        il.Emit(OpCodes.Ldc_I4, DirectArity(symbol));
        il.Emit(OpCodes.Call, RuntimeMembers.ClosureCtor);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldsfld, Module.RootInstance);
        il.Emit(OpCodes.Stfld, StaticsField);
        if (EnvironmentField is not null)
        {
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Stfld, EnvironmentField);
        }
        il.Emit(OpCodes.Ret);
        return ctor;
    }

    /// <summary>
    /// [FunctionSource(N, start, end)] on the closure class (N: the index of its module type ModuleN): Function.prototype.toString's
    /// [[SourceText]], sliced from the module's text stored once per assembly (see EmitContext.SourceText).
    /// </summary>
    private void DefineSourceText(ModuleContext module, FunctionSymbol symbol)
    {
        _ = module.SourceText; // stores the module's text
        // The attribute blob: prolog 0x0001, the three int32 arguments, no named arguments.
        var blob = new byte[16];
        blob[0] = 1;
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(2), module.Index);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(6), symbol.TextStart ?? symbol.SourceStart);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(blob.AsSpan(10), symbol.SourceEnd);
        ClosureType.SetCustomAttribute(RuntimeMembers.FunctionSourceCtor, blob);
    }

    /// <summary>
    /// For a body of at most three formals that takes them as parameters, only the CallK entry with K = that
    /// number (JsClosure adapts Call(this, span) and the other CallK entries to it); otherwise Call(this, args),
    /// which pads missing arguments with undefined and drops extra ones, or passes the span to a body that
    /// reads `arguments` (the base CallK entries build the span on the stack).
    /// </summary>
    private void DefineCallOverrides(FunctionSymbol symbol)
    {
        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final;
        int arity = symbol.Parameters.Count;
        int k = DirectArity(symbol);
        if (k >= 0)
        {
            DefineDirectCall(k, arity);
            return;
        }

        var call = ClosureType.DefineMethod("Call", attributes, RuntimeMembers.JsValue, [RuntimeMembers.JsValue, RuntimeMembers.ArgumentSpan]);
        var il = call.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        if (UsesArgumentSpan)
        {
            il.Emit(OpCodes.Ldarg_2);
        }
        else
        {
            for (int i = 0; i < arity; i++)
            {
                il.Emit(OpCodes.Ldarg_2);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Call, RuntimeMembers.ArgumentAt);
            }
        }
        if (HasNewTargetArgument) il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        il.Emit(OpCodes.Call, Body);
        il.Emit(OpCodes.Ret);
        ClosureType.DefineMethodOverride(call, RuntimeMembers.FunctionCall);
    }

    /// <summary>The CallK entry (K = the body's arity, at most 3): the body called with the arguments as they are.</summary>
    private void DefineDirectCall(int k, int arity)
    {
        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final;
        var callK = ClosureType.DefineMethod("Call" + k, attributes, RuntimeMembers.JsValue, Enumerable.Repeat(RuntimeMembers.JsValue, k + 1).ToArray());
        var il = callK.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Ldarg_1);
        for (int i = 0; i < arity; i++) il.Emit(OpCodes.Ldarg, (short)(2 + i));
        if (HasNewTargetArgument) il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        il.Emit(OpCodes.Call, Body);
        il.Emit(OpCodes.Ret);
        ClosureType.DefineMethodOverride(callK, CallEntries[k]);
    }
}
