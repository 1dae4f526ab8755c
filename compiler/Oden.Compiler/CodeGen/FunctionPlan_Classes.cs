// The entries of constructors that need new.target (see docs/architecture.md, "Classes"): the body
// takes it as a trailing JsValue argument, which [[Call]] passes as undefined and [[Construct]] as the
// newTarget object. A class constructor's [[Call]] throws, and its [[Construct]] creates `this` (base
// kind) or leaves it uninitialized for super(...) to bind (derived kind).
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class FunctionPlan
{
    /// <summary>The body takes new.target after its formals (or its argument span).</summary>
    public bool HasNewTargetArgument => Symbol.NewTargetSymbol is not null;

    /// <summary>The IL argument index of new.target in the body method.</summary>
    public int NewTargetArgumentIndex => 2 + (UsesArgumentSpan ? 1 : Symbol.Parameters.Count);

    /// <summary>Call(this, args) of a class constructor: TypeError "cannot be invoked without 'new'" (Call0..3 reach it through the base).</summary>
    private void DefineClassCallOverride()
    {
        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final;
        var call = ClosureType.DefineMethod("Call", attributes, RuntimeMembers.JsValue, [RuntimeMembers.JsValue, RuntimeMembers.ArgumentSpan]);
        var il = call.GetILGenerator();
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, RuntimeMembers.ClassConstructorCallError);
        il.Emit(OpCodes.Throw);
        ClosureType.DefineMethodOverride(call, RuntimeMembers.FunctionCall);
    }

    /// <summary>
    /// Construct(args, newTarget):
    ///   base kind:    $this = OrdinaryCreateFromConstructor(newTarget); ConstructResult(body(self, $this, args..[, newTarget]), $this)
    ///   derived kind: body(self, &lt;uninitialized&gt;, args.., newTarget)   (the body applies the result rule itself)
    /// </summary>
    private void DefineConstructOverride(FunctionSymbol symbol)
    {
        const MethodAttributes attributes = MethodAttributes.Public | MethodAttributes.Virtual | MethodAttributes.HideBySig | MethodAttributes.Final;
        var construct = ClosureType.DefineMethod("Construct", attributes, RuntimeMembers.JsValue, [RuntimeMembers.ArgumentSpan, RuntimeMembers.JsObject]);
        var il = construct.GetILGenerator();
        bool derived = symbol.Kind == FunctionKind.DerivedConstructor;
        LocalBuilder? thisArgument = null;
        if (!derived)
        {
            thisArgument = il.DeclareLocal(RuntimeMembers.JsValue);
            il.Emit(OpCodes.Ldarg_0);
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Call, RuntimeMembers.OrdinaryCreateThis);
            il.Emit(OpCodes.Stloc, thisArgument);
            if (symbol.HasInstanceFields)
            {
                // InitializeInstanceElements(thisArgument, F), before the body (and its parameters) run.
                il.Emit(OpCodes.Ldloc, thisArgument);
                il.Emit(OpCodes.Ldarg_0);
                il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromFunction);
                il.Emit(OpCodes.Call, RuntimeMembers.InitializeInstanceElements);
            }
        }
        il.Emit(OpCodes.Ldarg_0);
        if (thisArgument is not null) il.Emit(OpCodes.Ldloc, thisArgument);
        else il.Emit(OpCodes.Call, RuntimeMembers.Uninitialized);
        if (UsesArgumentSpan)
        {
            il.Emit(OpCodes.Ldarg_1);
        }
        else
        {
            for (int i = 0; i < symbol.Parameters.Count; i++)
            {
                il.Emit(OpCodes.Ldarg_1);
                il.Emit(OpCodes.Ldc_I4, i);
                il.Emit(OpCodes.Call, RuntimeMembers.ArgumentAt);
            }
        }
        if (HasNewTargetArgument)
        {
            il.Emit(OpCodes.Ldarg_2);
            il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
        }
        il.Emit(OpCodes.Call, Body);
        if (thisArgument is not null)
        {
            il.Emit(OpCodes.Ldloc, thisArgument);
            il.Emit(OpCodes.Call, RuntimeMembers.ConstructResult);
        }
        il.Emit(OpCodes.Ldarg_2);
        il.Emit(OpCodes.Ldarg_0);
        il.Emit(OpCodes.Call, RuntimeMembers.NoteConstructed);
        il.Emit(OpCodes.Ret);
        ClosureType.DefineMethodOverride(construct, RuntimeMembers.FunctionConstruct);
    }
}
