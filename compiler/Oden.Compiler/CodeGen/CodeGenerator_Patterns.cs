// The intrinsics of destructuring, spread, optional chaining and tagged templates (see
// Binding/Binder_Patterns.cs and Binder_Operators.cs for the shapes that use them).
using System.Collections.Immutable;
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private static bool IsArgumentArray(ImmutableArray<BoundExpression> arguments) =>
        arguments.Length == 1 && arguments[0] is BoundIntrinsic { Intrinsic: IntrinsicKind.ArgumentArray };

    private bool TryEmitPatternIntrinsic(BoundIntrinsic intrinsic)
    {
        var args = intrinsic.Arguments;
        switch (intrinsic.Intrinsic)
        {
            case IntrinsicKind.RequireObjectCoercible:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(args[0], used: true);
                MarkSequencePoint(intrinsic.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.RequireObjectCoercible);
                return true;
            case IntrinsicKind.IteratorStepOrUndefined:
            case IntrinsicKind.IteratorRest:
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Call, intrinsic.Intrinsic == IntrinsicKind.IteratorRest ? RuntimeMembers.IteratorRest : RuntimeMembers.IteratorStepOrUndefined);
                return true;
            case IntrinsicKind.ObjectRest:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(args[0], used: true);
                EmitValueArray(args.RemoveAt(0));
                _il.Emit(OpCodes.Call, RuntimeMembers.ObjectRest);
                return true;
            case IntrinsicKind.IteratorCloseIfOpen:
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Call, RuntimeMembers.IteratorCloseIfOpen);
                return true;
            case IntrinsicKind.IsNullish:
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.IsNullish);
                return true;
            case IntrinsicKind.ArgumentArray:
                EmitArgumentArray(args);
                return true;
            case IntrinsicKind.ArrayFromValues:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.NewArray);
                _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
                return true;
            case IntrinsicKind.DynamicCallee:
                EmitDynamicCallee((BoundDynamicName)args[0]); // [value, this]
                EmitStore(((BoundVariable)args[1]).Symbol);
                return true;
            case IntrinsicKind.CallWithThis:
            {
                // Ops.CallK(realm, f, this, args..., what)
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(args[0], used: true);
                EmitExpression(args[1], used: true);
                var arguments = args.RemoveRange(0, 2);
                bool inArray = EmitArguments(arguments);
                _il.Emit(OpCodes.Ldstr, "expression");
                MarkSequencePoint(intrinsic.Span);
                _il.Emit(OpCodes.Call, inArray ? RuntimeMembers.CallN : RuntimeMembers.CallK[arguments.Length]);
                return true;
            }
            case IntrinsicKind.TemplateObject:
            {
                var cooked = new List<string?>();
                var raw = new List<string>();
                for (int i = 0; i < args.Length; i += 2)
                {
                    var c = ((BoundLiteral)args[i]).Value;
                    cooked.Add(c.Kind == ConstantKind.String ? c.String : null);
                    raw.Add(((BoundLiteral)args[i + 1]).Value.String!);
                }
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitLoadModuleConstant(_module.TemplateSite(cooked, raw));
                _il.Emit(OpCodes.Call, RuntimeMembers.GetTemplateObject);
                return true;
            }
            case IntrinsicKind.SpreadElement:
            case IntrinsicKind.ArrayHole:
                throw new InvalidOperationException($"{intrinsic.Intrinsic} outside an argument array");
            default:
                return false;
        }
    }

    /// <summary>A JsValue[] of the values, in order.</summary>
    private void EmitValueArray(ImmutableArray<BoundExpression> values)
    {
        _il.Emit(OpCodes.Ldc_I4, values.Length);
        _il.Emit(OpCodes.Newarr, RuntimeMembers.JsValue);
        for (int i = 0; i < values.Length; i++)
        {
            _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Ldc_I4, i);
            EmitExpression(values[i], used: true);
            _il.Emit(OpCodes.Stelem, RuntimeMembers.JsValue);
        }
    }

    /// <summary>
    /// The values of an argument list or array literal with spread: `...xs` alone is one copy
    /// (Ops.SpreadToArray); otherwise a SpreadBuilder collects them in order.
    /// </summary>
    private void EmitArgumentArray(ImmutableArray<BoundExpression> elements)
    {
        if (elements is [BoundIntrinsic { Intrinsic: IntrinsicKind.SpreadElement } only])
        {
            _il.Emit(OpCodes.Ldloc, _realm);
            EmitExpression(only.Arguments[0], used: true);
            MarkSequencePoint(only.Span);
            _il.Emit(OpCodes.Call, RuntimeMembers.SpreadToArray);
            return;
        }
        _il.Emit(OpCodes.Ldc_I4, elements.Length);
        _il.Emit(OpCodes.Call, RuntimeMembers.NewSpreadBuilder);
        foreach (var element in elements)
        {
            switch (element)
            {
                case BoundIntrinsic { Intrinsic: IntrinsicKind.SpreadElement } spread:
                    _il.Emit(OpCodes.Ldloc, _realm);
                    EmitExpression(spread.Arguments[0], used: true);
                    MarkSequencePoint(spread.Span);
                    _il.Emit(OpCodes.Callvirt, RuntimeMembers.SpreadBuilderAddSpread);
                    break;
                case BoundIntrinsic { Intrinsic: IntrinsicKind.ArrayHole }:
                    _il.Emit(OpCodes.Call, RuntimeMembers.Hole);
                    _il.Emit(OpCodes.Callvirt, RuntimeMembers.SpreadBuilderAdd);
                    break;
                default:
                    EmitExpression(element, used: true);
                    _il.Emit(OpCodes.Callvirt, RuntimeMembers.SpreadBuilderAdd);
                    break;
            }
        }
        _il.Emit(OpCodes.Callvirt, RuntimeMembers.SpreadBuilderToArray);
    }
}
