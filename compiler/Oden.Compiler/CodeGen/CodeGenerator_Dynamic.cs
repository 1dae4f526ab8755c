// IL of the dynamic-scope path: references through `with` objects and eval-declared vars
// (BoundDynamicName), direct eval calls, and the Outer links of scope environments a direct eval can
// see. Code without `with` or `eval(...)` never reaches this file.
//
// A dynamic reference first resolves its base:
//     base = with₁ has "x" ? with₁ : evalvars(F) has "x" ? envF : ... : null
// then reads, writes, calls or deletes through Ops.*FromBase when base is not null, and through its
// static resolution (the fallback BoundVariable or BoundGlobal) when it is.
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    /// <summary>[env] → [env]: env.Outer = the enclosing dynamic environment (eval code: the caller's chain).</summary>
    private void EmitLinkOuter(EnvironmentLayout layout)
    {
        _il.Emit(OpCodes.Dup);
        if (layout.Scope == _function.Scope && _plan.ChainField is { } chain)
        {
            _il.Emit(OpCodes.Ldarg_0);
            _il.Emit(OpCodes.Ldfld, chain);
        }
        else if (layout.ParentLayout is { Scope.IsDynamic: true } parent)
        {
            EmitLoadEnvironment(parent.Scope);
        }
        else
        {
            _il.Emit(OpCodes.Ldnull);
        }
        _il.Emit(OpCodes.Stfld, RuntimeMembers.ScopeEnvironmentOuter);
    }

    /// <summary>Pushes the base of a dynamic reference (a with object or a ScopeEnvironment), or null for its static resolution.</summary>
    private void EmitResolveBase(BoundDynamicName node)
    {
        var done = _il.DefineLabel();
        foreach (var step in node.Steps)
        {
            var next = _il.DefineLabel();
            switch (step.Kind)
            {
                case DynamicStepKind.With:
                    _il.Emit(OpCodes.Ldloc, _realm);
                    EmitLoad(step.WithObject!.Symbol);
                    _il.Emit(OpCodes.Ldstr, node.Name);
                    _il.Emit(OpCodes.Call, RuntimeMembers.WithHasBinding);
                    _il.Emit(OpCodes.Brfalse, next);
                    EmitLoad(step.WithObject.Symbol);
                    _il.Emit(OpCodes.Call, RuntimeMembers.WithBase);
                    _il.Emit(OpCodes.Br, done);
                    break;
                case DynamicStepKind.EvalVars:
                    EmitLoadEnvironment(step.Scope!);
                    _il.Emit(OpCodes.Ldstr, node.Name);
                    _il.Emit(OpCodes.Callvirt, RuntimeMembers.ScopeEnvironmentHasEvalVar);
                    _il.Emit(OpCodes.Brfalse, next);
                    EmitLoadEnvironment(step.Scope!);
                    _il.Emit(OpCodes.Castclass, typeof(object));
                    _il.Emit(OpCodes.Br, done);
                    break;
                case DynamicStepKind.Chain:
                    _il.Emit(OpCodes.Ldloc, _realm);
                    EmitLoadEnvironment(step.Scope!);
                    _il.Emit(OpCodes.Ldfld, RuntimeMembers.ScopeEnvironmentOuter);
                    _il.Emit(OpCodes.Ldstr, node.Name);
                    _il.Emit(OpCodes.Call, RuntimeMembers.ResolveInChain);
                    _il.Emit(OpCodes.Br, done);
                    break;
            }
            _il.MarkLabel(next);
        }
        _il.Emit(OpCodes.Ldnull);
        _il.MarkLabel(done);
    }

    private LocalBuilder ResolveBaseIntoTemp(BoundDynamicName node)
    {
        var temp = RentTemp(typeof(object));
        EmitResolveBase(node);
        _il.Emit(OpCodes.Stloc, temp);
        return temp;
    }

    /// <summary>
    /// base != null ? throughBase : throughStatic (both leave the same stack), then returns the base temp.
    /// </summary>
    private void EmitBranchOnBase(LocalBuilder @base, Action throughBase, Action throughStatic)
    {
        var fallback = _il.DefineLabel();
        var end = _il.DefineLabel();
        _il.Emit(OpCodes.Ldloc, @base);
        _il.Emit(OpCodes.Brfalse, fallback);
        throughBase();
        _il.Emit(OpCodes.Br, end);
        _il.MarkLabel(fallback);
        throughStatic();
        _il.MarkLabel(end);
        ReturnTemp(@base);
    }

    /// <summary>Pushes Ops.GetFromBase(realm, base, name, strict).</summary>
    private void EmitGetFromBase(LocalBuilder @base, BoundDynamicName node)
    {
        _il.Emit(OpCodes.Ldloc, _realm);
        _il.Emit(OpCodes.Ldloc, @base);
        _il.Emit(OpCodes.Ldstr, node.Name);
        _il.Emit(node.IsStrict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        MarkSequencePoint(node.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.GetFromBase);
    }

    /// <summary>Pushes the value of a dynamic reference (for typeof, an unresolvable global reads as undefined).</summary>
    private void EmitDynamicRead(BoundDynamicName node, bool forTypeof)
    {
        var @base = ResolveBaseIntoTemp(node);
        EmitBranchOnBase(@base, () => EmitGetFromBase(@base, node), () =>
        {
            if (forTypeof && node.Fallback is BoundGlobal global)
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitLoadPropertySite(_module.PropertySite(global.Name));
                _il.Emit(OpCodes.Call, RuntimeMembers.GetGlobalForTypeof);
            }
            else
            {
                EmitValue(node.Fallback);
            }
        });
    }

    /// <summary>
    /// name = value: the reference is resolved before the value is evaluated (as the spec orders it),
    /// then SetMutableBinding on the base, or the static assignment.
    /// </summary>
    private void EmitDynamicAssignment(BoundDynamicName target, BoundExpression value, bool used)
    {
        var @base = ResolveBaseIntoTemp(target);
        var valueSymbol = new VariableSymbol("dynamicValue", VariableKind.Temp, _function.Scope);
        var valueLocal = RentTemp(RuntimeMembers.JsValue);
        _locals[valueSymbol] = valueLocal;
        EmitExpression(value, used: true);
        _il.Emit(OpCodes.Stloc, valueLocal);

        EmitBranchOnBase(@base, () =>
        {
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Ldloc, @base);
            _il.Emit(OpCodes.Ldstr, target.Name);
            _il.Emit(OpCodes.Ldloc, valueLocal);
            _il.Emit(target.IsStrict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
            MarkSequencePoint(target.Span);
            _il.Emit(OpCodes.Call, RuntimeMembers.SetOnBase);
        }, () => EmitAssignment(new BoundAssignment(target.Fallback, new BoundVariable(valueSymbol, needsTdzCheck: false, target.Span), target.Span), used: false));
        if (used) _il.Emit(OpCodes.Ldloc, valueLocal);

        _locals.Remove(valueSymbol);
        ReturnTemp(valueLocal);
    }

    /// <summary>Pushes the callee's value and the call's `this` (the with object when the name resolved to one, else undefined).</summary>
    private void EmitDynamicCallee(BoundDynamicName callee)
    {
        var @base = ResolveBaseIntoTemp(callee);
        EmitBranchOnBase(@base, () =>
        {
            EmitGetFromBase(@base, callee);
            _il.Emit(OpCodes.Ldloc, @base);
            _il.Emit(OpCodes.Call, RuntimeMembers.ThisForBase);
        }, () =>
        {
            EmitValue(callee.Fallback);
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        });
    }

    /// <summary>delete name: pushes a bool (true when the with object's property or the eval-declared var was deleted).</summary>
    private void EmitDynamicDelete(BoundDynamicName operand)
    {
        var @base = ResolveBaseIntoTemp(operand);
        EmitBranchOnBase(@base, () =>
        {
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Ldloc, @base);
            _il.Emit(OpCodes.Ldstr, operand.Name);
            _il.Emit(OpCodes.Call, RuntimeMembers.DeleteFromBase);
        }, () =>
        {
            if (operand.Fallback is BoundGlobal global)
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitLoadModuleConstant(_module.PropertySite(global.Name)); // only its key (not counted)
                _il.Emit(OpCodes.Call, RuntimeMembers.DeleteGlobal);
            }
            else
            {
                _il.Emit(OpCodes.Ldc_I4_0);
            }
        });
    }

    /// <summary>
    /// eval(args): Ops.CallEval(realm, callee, thisForCall, args[], scope, this, new.target, strict, inFunction, location, caller)
    /// decides at run time between a direct eval (the callee is %eval%) and an ordinary call.
    /// </summary>
    private void EmitDirectEval(BoundDirectEval node)
    {
        _il.Emit(OpCodes.Ldloc, _realm);
        if (node.Callee is BoundDynamicName dynamic)
        {
            EmitDynamicCallee(dynamic);
        }
        else
        {
            EmitExpression(node.Callee, used: true);
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
        }

        if (IsArgumentArray(node.Arguments)) EmitExpression(node.Arguments[0], used: true); // eval(...xs): the binder's ArgumentArray
        else EmitValueArray(node.Arguments);

        var scope = node.Scope;
        while (scope is not null && !scope.NeedsEnvironment) scope = scope.Parent;
        if (scope is null) _il.Emit(OpCodes.Ldnull);
        else EmitLoadEnvironment(scope);

        EmitExpression(node.ThisValue, used: true);
        EmitExpression(node.NewTarget, used: true);
        _il.Emit(node.IsStrict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        _il.Emit(node.InFunction ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
        _il.Emit(OpCodes.Ldstr, node.Location);
        EmitLoadCallee(); // the calling function (in a state machine's resume method, the frame's Callee)
        MarkSequencePoint(node.Span);
        _il.Emit(OpCodes.Call, RuntimeMembers.CallEval);
    }
}
