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
        Body = module.Type.DefineMethod($"{name}`{id}", MethodAttributes.Public | MethodAttributes.Static | MethodAttributes.HideBySig,
            RuntimeMembers.JsValue, [.. parameterTypes]);
        // Keep a frame per JavaScript function in stack traces (JsError's `stack` and the .NET trace):
        // the JIT would otherwise inline small bodies into the closure's Call override, which has no
        // source location. A module's top level runs once per realm: see RunOnceFlags.
        Body.SetImplementationFlags(IsRunOnce(symbol) ? RunOnceFlags : MethodImplAttributes.NoInlining);
        Body.DefineParameter(1, ParameterAttributes.None, "callee");
        Body.DefineParameter(2, ParameterAttributes.None, "this");
        if (UsesArgumentSpan)
        {
            Body.DefineParameter(3, ParameterAttributes.None, "arguments");
        }
        else
        {
            for (int i = 0; i < symbol.Parameters.Count; i++)
                Body.DefineParameter(3 + i, ParameterAttributes.None, symbol.Parameters[i].Name);
        }
        if (HasNewTargetArgument) Body.DefineParameter(NewTargetArgumentIndex + 1, ParameterAttributes.None, "new.target");

        Constructor = DefineConstructor(symbol);
        if (symbol.IsClassConstructor) DefineClassCallOverride();
        else DefineCallOverrides(symbol);
        if (symbol.IsClassConstructor || (HasNewTargetArgument && symbol.Kind != FunctionKind.Eval)) DefineConstructOverride(symbol); // eval code takes its caller's new.target
        if (symbol.IsStateMachine) StateMachine = new StateMachinePlan(context, module, this, name, id);
        if (!IsRunOnce(symbol)) DefineSourceTextOverride(module, symbol);

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

    /// <summary>The environment the closure captures at creation (null when nothing outside is captured).</summary>
    public EnvironmentLayout? OuterEnvironment { get; }
    public FieldBuilder? EnvironmentField { get; }

    /// <summary>Eval code's top level: the caller's runtime scope chain, set by the entry before the call (see CodeGenerator_Dynamic).</summary>
    public FieldBuilder? ChainField { get; }

    /// <summary>The body takes the argument span (the function uses `arguments`) instead of one parameter per formal.</summary>
    public bool UsesArgumentSpan { get; }

    private static string Sanitize(string name)
    {
        var chars = name.Where(c => char.IsLetterOrDigit(c) || c == '_' || c == '$').Take(40).ToArray();
        return chars.Length == 0 ? "anonymous" : new string(chars);
    }

    /// <summary>.ctor(Realm realm[, Env env]): JsClosure(realm, kind, name, length).</summary>
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
        il.Emit(OpCodes.Call, RuntimeMembers.ClosureCtor);
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
    /// GetSourceText() => SourceTextTable.Slice(ModuleN.SourceText(), start, end): Function.prototype.toString's
    /// [[SourceText]], sliced from the module's text stored once per assembly (see ModuleContext.SourceText).
    /// </summary>
    private void DefineSourceTextOverride(ModuleContext module, FunctionSymbol symbol)
    {
        var method = ClosureType.DefineMethod(nameof(Runtime.JsClosure.GetSourceText),
            MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final,
            typeof(string), Type.EmptyTypes);
        method.SetImplementationFlags(RunOnceFlags);
        var il = method.GetILGenerator();
        il.Emit(OpCodes.Call, module.SourceText);
        il.Emit(OpCodes.Ldc_I4, symbol.TextStart ?? symbol.SourceStart);
        il.Emit(OpCodes.Ldc_I4, symbol.SourceEnd);
        il.Emit(OpCodes.Call, RuntimeMembers.SourceTextSlice);
        il.Emit(OpCodes.Ret);
        ClosureType.DefineMethodOverride(method, RuntimeMembers.ClosureGetSourceText);
    }

    /// <summary>
    /// Call(this, args) and, for fixed-arity bodies, Call0..Call3: each calls the body directly,
    /// padding missing arguments with undefined and dropping extra ones.
    /// </summary>
    private void DefineCallOverrides(FunctionSymbol symbol)
    {
        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final;
        int arity = symbol.Parameters.Count;

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

        if (UsesArgumentSpan) return; // the base CallN entries build the span on the stack

        MethodInfo[] bases = [RuntimeMembers.FunctionCall0, RuntimeMembers.FunctionCall1, RuntimeMembers.FunctionCall2, RuntimeMembers.FunctionCall3];
        for (int k = 0; k < bases.Length; k++)
        {
            var parameters = Enumerable.Repeat(RuntimeMembers.JsValue, k + 1).ToArray();
            var callK = ClosureType.DefineMethod("Call" + k, attributes, RuntimeMembers.JsValue, parameters);
            il = callK.GetILGenerator();
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_1);
            for (int i = 0; i < arity; i++)
            {
                if (i < k) il.Emit(OpCodes.Ldarg, (short)(2 + i));
                else il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
            }
            if (HasNewTargetArgument) il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
            il.Emit(OpCodes.Call, Body);
            il.Emit(OpCodes.Ret);
            ClosureType.DefineMethodOverride(callK, bases[k]);
        }
    }
}
