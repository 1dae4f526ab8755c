// Expressions: literals, variables and globals, property access, assignment, operators, conditions.
// EmitExpression(e, used) leaves e's value on the stack when `used`, and nothing otherwise.
using System.Reflection;
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private void EmitExpression(BoundExpression expression, bool used)
    {
        NestingTooDeepException.EnsureStack(expression.Span);
        switch (expression)
        {
            case BoundAssignment assignment:
                EmitAssignment(assignment, used);
                return;
            case BoundSequence sequence:
                EmitSequence(sequence, used);
                return;
            case BoundIntrinsic intrinsic when intrinsic.Type == StorageType.Void:
                EmitIntrinsic(intrinsic);
                if (used) _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                return;
            case BoundCall call:
                EmitCall(call);
                break;
            case BoundNew newExpression:
                EmitNew(newExpression);
                break;
            case BoundUnary { Operator: UnaryOperatorKind.Void } unary:
                EmitExpression(unary.Operand, used: false);
                if (used) _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                return;
            case BoundLiteral or BoundVariable { NeedsTdzCheck: false } or BoundFunctionExpression when !used:
                return; // no effects
            default:
                EmitValue(expression);
                break;
        }
        if (!used) _il.Emit(OpCodes.Pop);
    }

    /// <summary>Pushes the value of an expression that is not an assignment/sequence special case.</summary>
    private void EmitValue(BoundExpression expression)
    {
        switch (expression)
        {
            case BoundLiteral literal:
                EmitConstant(literal.Value);
                break;
            case BoundVariable variable:
                EmitLoad(variable.Symbol);
                if (variable.NeedsTdzCheck) EmitTdzCheck(variable.Symbol);
                break;
            case BoundGlobal global:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitLoadPropertySite(_module.PropertySite(global.Name));
                MarkSequencePoint(global.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.GetGlobal);
                break;
            case BoundMember member:
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                LocalBuilder? shadow = null;
                bool shadowed = member.Name != "length" && TryGetObjectShadow(member.Receiver, out shadow);
                if (shadowed) _il.Emit(OpCodes.Ldloc, shadow!);
                EmitExpression(member.Receiver, used: true);
                EmitLoadPropertySite(_module.PropertySite(member.Name));
                MarkSequencePoint(member.Span);
                _il.Emit(OpCodes.Call, shadowed ? RuntimeMembers.GetNamedOn : member.Name == "length" ? RuntimeMembers.GetLength : RuntimeMembers.GetNamed);
                break;
            }
            case BoundIndex index:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(index.Receiver, used: true);
                if (index.Key is BoundBinary keyOperation && IsInt32Operator(keyOperation.Operator) && RunsOnDoubles(keyOperation))
                {
                    // a[n & 63], a[n >>> 18]: the operator's int32 (uint32 for >>>) is the index, with no double between.
                    EmitInt32Operation(keyOperation);
                    MarkHotSequencePoint(index.Span);
                    _il.Emit(OpCodes.Call, keyOperation.Operator == BinaryOperatorKind.UnsignedRightShift ? RuntimeMembers.GetElementUint32 : RuntimeMembers.GetElementInt32);
                    break;
                }
                EmitExpression(index.Key, used: true);
                MarkHotSequencePoint(index.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.GetElement);
                break;
            case BoundRegExpLiteral regex:
                if (RuntimeMembers.ValidateRegExp(regex.Pattern, regex.Flags) is { } error)
                    _context.Diagnostics.SyntaxError(regex.Span, error);
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitLoadModuleConstant(_module.RegExpLiteral(regex.Pattern, regex.Flags));
                _il.Emit(OpCodes.Call, RuntimeMembers.NewRegExp);
                _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromObject);
                break;
            case BoundUnary or BoundBinary or BoundToNumericConversion when RunsOnDoubles(expression):
                EmitNumber(expression);
                EmitBoxNumber();
                break;
            case BoundUnary unary:
                EmitUnary(unary);
                break;
            case BoundDelete delete:
                EmitDelete(delete);
                break;
            case BoundBinary binary:
                EmitBinary(binary);
                break;
            case BoundLogical logical:
            {
                var end = _il.DefineLabel();
                EmitExpression(logical.Left, used: true);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Call, RuntimeMembers.ToBoolean);
                _il.Emit(logical.IsAnd ? OpCodes.Brfalse : OpCodes.Brtrue, end);
                _il.Emit(OpCodes.Pop);
                EmitExpression(logical.Right, used: true);
                _il.MarkLabel(end);
                break;
            }
            case BoundConditional conditional:
            {
                var whenFalse = _il.DefineLabel();
                var end = _il.DefineLabel();
                EmitCondition(conditional.Test, whenFalse, jumpIfTrue: false);
                EmitExpression(conditional.WhenTrue, used: true);
                _il.Emit(OpCodes.Br, end);
                _il.MarkLabel(whenFalse);
                EmitExpression(conditional.WhenFalse, used: true);
                _il.MarkLabel(end);
                break;
            }
            case BoundFunctionExpression function:
                EmitClosure(function.Function);
                break;
            case BoundArrayLiteral array:
                EmitArrayLiteral(array);
                break;
            case BoundObjectLiteral obj:
                EmitObjectLiteral(obj);
                break;
            case BoundToStringConversion conversion:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(conversion.Operand, used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.ToStringValue);
                break;
            case BoundToNumericConversion conversion:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(conversion.Operand, used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.ToNumeric);
                break;
            case BoundToPropertyKeyConversion conversion:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(conversion.Operand, used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.ToPropertyKeyValue);
                break;
            case BoundStringConcat concat:
                EmitStringConcat(concat);
                break;
            case BoundIntrinsic intrinsic:
                EmitIntrinsic(intrinsic);
                break;
            case BoundAssignment or BoundSequence or BoundCall or BoundNew:
                EmitExpression(expression, used: true);
                break;
            case BoundDynamicName dynamic:
                EmitDynamicRead(dynamic, forTypeof: false);
                break;
            case BoundDirectEval eval:
                EmitDirectEval(eval);
                break;
            case BoundClass node:
                EmitClass(node);
                break;
            case BoundSuperMember node:
                EmitSuperGet(node);
                break;
            case BoundSuperCall node:
                EmitSuperCall(node);
                break;
            default:
                throw new InvalidOperationException($"CodeGen does not expect {expression.Kind} after lowering");
        }
    }

    /// <summary>
    /// A sequence's temporaries live only while it is evaluated, so they borrow pooled IL locals and
    /// give them back after: a large function with thousands of compound assignments does not run out
    /// of IL locals (the limit is 65535).
    /// </summary>
    /// <summary>
    /// A template literal's parts, each already a string: the first four join in one ConcatStrings4 (or 3, or
    /// 2), and the running result takes up to three more parts per call after that. The realm of every call
    /// is pushed first (realm realm p0 p1 p2 p3 concat4 p4 p5 p6 concat4 ...), so the parts are evaluated
    /// left to right with nothing spilled.
    /// </summary>
    private void EmitStringConcat(BoundStringConcat concat)
    {
        int count = concat.Parts.Length;
        int calls = count <= 1 ? 0 : 1 + (Math.Max(0, count - 4) + 2) / 3;
        for (int i = 0; i < calls; i++) _il.Emit(OpCodes.Ldloc, _realm);
        int next = 0;
        int take = Math.Min(count, 4);
        while (next < count)
        {
            for (int i = 0; i < take; i++) EmitExpression(concat.Parts[next++], used: true);
            int joined = next == take ? take : take + 1; // after the first call, the running result joins too
            if (joined >= 2)
            {
                _il.Emit(OpCodes.Call, joined switch
                {
                    2 => RuntimeMembers.ConcatStrings,
                    3 => RuntimeMembers.ConcatStrings3,
                    _ => RuntimeMembers.ConcatStrings4,
                });
            }

            take = Math.Min(count - next, 3);
        }
    }

    private void EmitSequence(BoundSequence sequence, bool used)
    {
        foreach (var temp in sequence.Locals)
        {
            if (!temp.IsCaptured && !_locals.ContainsKey(temp)) _locals[temp] = RentTemp(LocalType(temp));
        }
        foreach (var e in sequence.SideEffects) EmitExpression(e, used: false);
        EmitExpression(sequence.Value, used);
        foreach (var temp in sequence.Locals)
        {
            if (_locals.Remove(temp, out var local)) ReturnTemp(local);
        }
    }

    private void EmitConstant(ConstantValue value)
    {
        switch (value.Kind)
        {
            case ConstantKind.Undefined:
                _il.Emit(OpCodes.Call, RuntimeMembers.JsValueUndefined);
                break;
            case ConstantKind.Null:
                _il.Emit(OpCodes.Ldsfld, RuntimeMembers.JsValueNull);
                break;
            case ConstantKind.Boolean:
                _il.Emit(OpCodes.Ldsfld, value.Boolean ? RuntimeMembers.JsValueTrue : RuntimeMembers.JsValueFalse);
                break;
            case ConstantKind.Number:
                _il.Emit(OpCodes.Ldc_R8, value.Number);
                _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromDouble);
                break;
            case ConstantKind.String:
                _il.Emit(OpCodes.Ldstr, value.String!);
                _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromString);
                break;
            case ConstantKind.Int32:
                _il.Emit(OpCodes.Ldc_I4, value.Int32);
                break;
            case ConstantKind.BigInt:
                EmitLoadModuleConstant(_module.BigIntLiteral(value.String!));
                break;
        }
    }

    // ---- assignment --------------------------------------------------------------------------------

    private void EmitAssignment(BoundAssignment assignment, bool used)
    {
        bool strict = _function.IsStrict;
        switch (assignment.Target)
        {
            case BoundVariable variable:
                EmitVariableAssignment(variable, assignment.Value, used);
                return;
            case BoundDynamicName dynamic:
                EmitDynamicAssignment(dynamic, assignment.Value, used);
                return;
            case BoundGlobal global:
            {
                // SetGlobal(realm, site, value, strict)
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitLoadPropertySite(_module.PropertySite(global.Name));
                var kept = EmitValueKeepingCopy(assignment.Value, used);
                _il.Emit(strict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                MarkSequencePoint(assignment.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.SetGlobal);
                PushKept(kept);
                return;
            }
            case BoundMember member:
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                bool shadowed = TryGetObjectShadow(member.Receiver, out var shadow);
                if (shadowed) _il.Emit(OpCodes.Ldloc, shadow!);
                EmitExpression(member.Receiver, used: true);
                EmitLoadPropertySite(_module.PropertySite(member.Name));
                var kept = EmitValueKeepingCopy(assignment.Value, used);
                MarkSequencePoint(assignment.Span);
                bool onThis = shadowed && member.Receiver is BoundVariable { Symbol.Kind: VariableKind.This };
                _il.Emit(OpCodes.Call, onThis ? (strict ? RuntimeMembers.SetNamedStrictOnThis : RuntimeMembers.SetNamedOnThis)
                    : shadowed ? (strict ? RuntimeMembers.SetNamedStrictOn : RuntimeMembers.SetNamedOn)
                    : strict ? RuntimeMembers.SetNamedStrict : RuntimeMembers.SetNamed);
                PushKept(kept);
                return;
            }
            case BoundIndex index:
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(index.Receiver, used: true);
                EmitExpression(index.Key, used: true);
                var kept = EmitValueKeepingCopy(assignment.Value, used);
                MarkHotSequencePoint(assignment.Span);
                _il.Emit(OpCodes.Call, strict ? RuntimeMembers.SetElementStrict : RuntimeMembers.SetElement);
                PushKept(kept);
                return;
            }
            case BoundSuperMember super:
                EmitSuperAssignment(super, assignment.Value, used);
                return;
            default:
                throw new InvalidOperationException("invalid assignment target " + assignment.Target.Kind);
        }
    }

    /// <summary>Pushes the value; when it is also the expression's result, keeps a copy in a temporary.</summary>
    private LocalBuilder? EmitValueKeepingCopy(BoundExpression value, bool keep)
    {
        EmitExpression(value, used: true);
        if (!keep) return null;
        var temp = RentTemp(ClrType(value.Type));
        _il.Emit(OpCodes.Dup);
        _il.Emit(OpCodes.Stloc, temp);
        return temp;
    }

    private void PushKept(LocalBuilder? kept)
    {
        if (kept is null) return;
        _il.Emit(OpCodes.Ldloc, kept);
        ReturnTemp(kept);
    }

    /// <summary>
    /// x = v: evaluate v, then PutValue: a binding still in its TDZ is a ReferenceError, a const (or a
    /// strict function's own name) a TypeError; a sloppy assignment to a function's own name is ignored.
    /// </summary>
    private void EmitVariableAssignment(BoundVariable target, BoundExpression value, bool used)
    {
        var symbol = target.Symbol;
        if (IsNumericLocal(symbol))
        {
            // NumericLocals admits no TDZ reference and no const assignment here.
            EmitNumber(value);
            if (used) _il.Emit(OpCodes.Dup);
            _il.Emit(OpCodes.Stloc, Local(symbol));
            if (used) EmitBoxNumber();
            return;
        }
        EmitExpression(value, used: true);
        if (target.NeedsTdzCheck)
        {
            EmitLoad(symbol);
            EmitTdzCheck(symbol);
            _il.Emit(OpCodes.Pop);
        }
        if (symbol.Kind == VariableKind.Const || (symbol.Kind == VariableKind.FunctionSelfName && _function.IsStrict))
        {
            MarkSequencePoint(target.Span);
            _il.Emit(OpCodes.Ldloc, _realm);
            _il.Emit(OpCodes.Ldstr, symbol.Name);
            _il.Emit(OpCodes.Call, RuntimeMembers.ThrowConstAssignment);
            _il.Emit(OpCodes.Throw);
            return;
        }
        if (symbol.Kind == VariableKind.FunctionSelfName)
        {
            if (!used) _il.Emit(OpCodes.Pop);
            return;
        }
        if (used) _il.Emit(OpCodes.Dup);
        EmitStore(symbol);
    }

    // ---- operators ---------------------------------------------------------------------------------

    private void EmitUnary(BoundUnary unary)
    {
        switch (unary.Operator)
        {
            case UnaryOperatorKind.LogicalNot:
                EmitExpression(unary.Operand, used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.LogicalNot);
                return;
            case UnaryOperatorKind.TypeOf:
                if (unary.Operand is BoundGlobal global)
                {
                    _il.Emit(OpCodes.Ldloc, _realm);
                    EmitLoadPropertySite(_module.PropertySite(global.Name));
                    _il.Emit(OpCodes.Call, RuntimeMembers.GetGlobalForTypeof);
                }
                else if (unary.Operand is BoundDynamicName dynamic)
                {
                    EmitDynamicRead(dynamic, forTypeof: true);
                }
                else
                {
                    EmitExpression(unary.Operand, used: true);
                }
                _il.Emit(OpCodes.Call, RuntimeMembers.TypeOf);
                return;
        }
        var method = unary.Operator switch
        {
            UnaryOperatorKind.Negate => RuntimeMembers.Negate,
            UnaryOperatorKind.Plus => RuntimeMembers.UnaryPlus,
            UnaryOperatorKind.BitwiseNot => RuntimeMembers.BitwiseNot,
            UnaryOperatorKind.Increment => RuntimeMembers.Increment,
            UnaryOperatorKind.Decrement => RuntimeMembers.Decrement,
            _ => throw new InvalidOperationException("unexpected unary operator " + unary.Operator),
        };
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(unary.Operand, used: true);
        _il.Emit(OpCodes.Call, method);
    }

    private void EmitDelete(BoundDelete delete)
    {
        switch (delete.Operand)
        {
            case BoundMember member:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(member.Receiver, used: true);
                EmitLoadModuleConstant(_module.PropertySite(member.Name)); // only its key: delete never uses the cache (not counted)
                _il.Emit(delete.IsStrict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                MarkSequencePoint(delete.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.DeleteNamed);
                break;
            case BoundIndex index:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(index.Receiver, used: true);
                EmitExpression(index.Key, used: true);
                _il.Emit(delete.IsStrict ? OpCodes.Ldc_I4_1 : OpCodes.Ldc_I4_0);
                MarkSequencePoint(delete.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.Delete);
                break;
            case BoundGlobal global:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitLoadModuleConstant(_module.PropertySite(global.Name)); // only its key (not counted)
                _il.Emit(OpCodes.Call, RuntimeMembers.DeleteGlobal);
                break;
            case BoundSuperMember super:
                EmitSuperDelete(super);
                _il.Emit(OpCodes.Ldc_I4_0);
                break;
            case BoundVariable:
                // A declared binding cannot be deleted (sloppy code only: strict code cannot say it).
                _il.Emit(OpCodes.Ldc_I4_0);
                break;
            case BoundDynamicName dynamic:
                EmitDynamicDelete(dynamic);
                break;
            default:
                EmitExpression(delete.Operand, used: false);
                _il.Emit(OpCodes.Ldc_I4_1);
                break;
        }
        _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromBoolean);
    }

    private void EmitBinary(BoundBinary binary)
    {
        if (binary.Operator == BinaryOperatorKind.Add && (TryEmitStringChain(binary) || TryEmitAppendChain(binary))) return;
        if (TryGetNullComparison(binary, out var operand, out var test, out bool isNot))
        {
            EmitExpression(operand, used: true);
            _il.Emit(OpCodes.Call, test);
            if (isNot)
            {
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
            }
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromBoolean);
            return;
        }
        if (IsNumericComparison(binary))
        {
            EmitNumericComparisonValue(binary);
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromBoolean);
            return;
        }
        if (TryGetComparison(binary.Operator, out var comparison, out bool negate, out bool needsRealm))
        {
            if (needsRealm) _il.Emit(OpCodes.Ldloc, _realm);
            EmitExpression(binary.Left, used: true);
            EmitExpression(binary.Right, used: true);
            _il.Emit(OpCodes.Call, comparison);
            if (negate)
            {
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
            }
            _il.Emit(OpCodes.Call, RuntimeMembers.JsValueFromBoolean);
            return;
        }
        var method = binary.Operator switch
        {
            BinaryOperatorKind.Add => RuntimeMembers.Add,
            BinaryOperatorKind.Subtract => RuntimeMembers.Subtract,
            BinaryOperatorKind.Multiply => RuntimeMembers.Multiply,
            BinaryOperatorKind.Divide => RuntimeMembers.Divide,
            BinaryOperatorKind.Remainder => RuntimeMembers.Remainder,
            BinaryOperatorKind.Exponent => RuntimeMembers.Exponentiate,
            BinaryOperatorKind.LeftShift => RuntimeMembers.LeftShift,
            BinaryOperatorKind.RightShift => RuntimeMembers.SignedRightShift,
            BinaryOperatorKind.UnsignedRightShift => RuntimeMembers.UnsignedRightShift,
            BinaryOperatorKind.BitwiseAnd => RuntimeMembers.BitwiseAnd,
            BinaryOperatorKind.BitwiseOr => RuntimeMembers.BitwiseOr,
            BinaryOperatorKind.BitwiseXor => RuntimeMembers.BitwiseXor,
            _ => throw new InvalidOperationException("unexpected binary operator " + binary.Operator),
        };
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(binary.Left, used: true);
        EmitExpression(binary.Right, used: true);
        MarkHotSequencePoint(binary.Span);
        _il.Emit(OpCodes.Call, method);
    }

    /// <summary>
    /// <c>'item' + i + ';'</c>: a chain of three or four <c>+</c> operands that is a string concatenation from
    /// its first step (the first or second operand is a string literal) and whose operands before the last
    /// are string or number literals or numeric expressions (NumericLocals) joins in one ConcatStrings3/4,
    /// without the intermediate strings. Converting those operands to strings has no effect, so converting
    /// them after the later operands are evaluated is unobservable; the last operand is evaluated and
    /// converted (ToPrimitive, then ToString) last either way. An intermediate result is a literal and a
    /// number's digits, so only the final join can meet the string length limit, as it would anyway.
    /// </summary>
    private bool TryEmitStringChain(BoundBinary binary)
    {
        if (StringChainParts(binary) is not { } parts) return false;
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitStringChainParts(parts);
        MarkHotSequencePoint(binary.Span);
        _il.Emit(OpCodes.Call, parts.Count == 3 ? RuntimeMembers.ConcatStrings3 : RuntimeMembers.ConcatStrings4);
        return true;
    }

    /// <summary>
    /// <c>s + ('item' + i + ';')</c>, which is what <c>s += 'item' + i + ';'</c> lowers to: s, then the chain's
    /// parts as TryEmitStringChain emits them, then AppendStrings3/4, which appends the parts in place when s
    /// is the newest version of a string builder (JsRope) and otherwise adds s and the joined chain as `+`
    /// does. The order of effects is the binary's: s is evaluated, then the chain (its last operand converted
    /// last), then s is converted if it is an object.
    /// </summary>
    private bool TryEmitAppendChain(BoundBinary binary)
    {
        if (binary.Right is not BoundBinary { Operator: BinaryOperatorKind.Add } right || StringChainParts(right) is not { } parts) return false;
        _il.Emit(OpCodes.Ldloc, _realm);
        EmitExpression(binary.Left, used: true);
        EmitStringChainParts(parts);
        MarkHotSequencePoint(binary.Span);
        _il.Emit(OpCodes.Call, parts.Count == 3 ? RuntimeMembers.AppendStrings3 : RuntimeMembers.AppendStrings4);
        return true;
    }

    /// <summary>The operands of a string chain TryEmitStringChain can join, or null.</summary>
    private List<BoundExpression>? StringChainParts(BoundBinary binary)
    {
        var parts = new List<BoundExpression>(4);
        BoundExpression left = binary;
        while (left is BoundBinary { Operator: BinaryOperatorKind.Add } add && parts.Count < 4)
        {
            parts.Add(add.Right);
            left = add.Left;
        }
        parts.Add(left);
        parts.Reverse();
        if (parts.Count is < 3 or > 4) return null;
        if (!IsStringLiteral(parts[0]) && !IsStringLiteral(parts[1])) return null;
        for (int i = 0; i < parts.Count - 1; i++)
        {
            if (!IsStringLiteral(parts[i]) && !IsNumberOperand(parts[i])) return null;
        }

        return parts;

        bool IsNumberOperand(BoundExpression e) => e is BoundLiteral { Value.Kind: ConstantKind.Number } || IsNumeric(e);
    }

    private static bool IsStringLiteral(BoundExpression e) => e is BoundLiteral { Value.Kind: ConstantKind.String };

    /// <summary>Each part of a string chain as a string value, in order (see TryEmitStringChain).</summary>
    private void EmitStringChainParts(List<BoundExpression> parts)
    {
        for (int i = 0; i < parts.Count; i++)
        {
            var part = parts[i];
            if (IsStringLiteral(part))
            {
                EmitExpression(part, used: true);
            }
            else if (part is BoundLiteral { Value.Kind: ConstantKind.Number } number)
            {
                EmitConstant(ConstantValue.FromString(RuntimeMembers.NumberToString(number.Value.Number)));
            }
            else if (i < parts.Count - 1 || IsNumeric(part))
            {
                EmitNumber(part);
                _il.Emit(OpCodes.Call, RuntimeMembers.NumberToStringValue);
            }
            else
            {
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(part, used: true);
                MarkHotSequencePoint(part.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.ToPrimitiveStringValue);
            }
        }
    }

    /// <summary>
    /// An equality with a null or undefined literal on either side: <c>x === null</c>, <c>x !== undefined</c>
    /// and <c>x == null</c> (true for both) test the other operand's reference alone (the literal side has
    /// no effect, so evaluating only the other keeps the order of effects).
    /// </summary>
    private static bool TryGetNullComparison(BoundBinary binary, out BoundExpression operand, out MethodInfo test, out bool negate)
    {
        operand = null!;
        test = null!;
        negate = binary.Operator is BinaryOperatorKind.StrictNotEqual or BinaryOperatorKind.NotEqual;
        bool strict = binary.Operator is BinaryOperatorKind.StrictEqual or BinaryOperatorKind.StrictNotEqual;
        if (!strict && binary.Operator is not (BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual)) return false;
        ConstantKind kind;
        if (binary.Right is BoundLiteral { Value.Kind: ConstantKind.Null or ConstantKind.Undefined } right)
        {
            kind = right.Value.Kind;
            operand = binary.Left;
        }
        else if (binary.Left is BoundLiteral { Value.Kind: ConstantKind.Null or ConstantKind.Undefined } left)
        {
            kind = left.Value.Kind;
            operand = binary.Right;
        }
        else
        {
            return false;
        }

        test = !strict ? RuntimeMembers.IsNullish : kind == ConstantKind.Null ? RuntimeMembers.IsNullValue : RuntimeMembers.IsUndefinedValue;
        return true;
    }

    /// <summary>The operators whose runtime operation returns a bool.</summary>
    private static bool TryGetComparison(BinaryOperatorKind op, out MethodInfo method, out bool negate, out bool needsRealm)
    {
        negate = false;
        needsRealm = true;
        switch (op)
        {
            case BinaryOperatorKind.StrictEqual: method = RuntimeMembers.StrictEquals; needsRealm = false; return true;
            case BinaryOperatorKind.StrictNotEqual: method = RuntimeMembers.StrictEquals; needsRealm = false; negate = true; return true;
            case BinaryOperatorKind.Equal: method = RuntimeMembers.LooseEquals; return true;
            case BinaryOperatorKind.NotEqual: method = RuntimeMembers.LooseEquals; negate = true; return true;
            case BinaryOperatorKind.LessThan: method = RuntimeMembers.LessThan; return true;
            case BinaryOperatorKind.LessThanOrEqual: method = RuntimeMembers.LessThanOrEqual; return true;
            case BinaryOperatorKind.GreaterThan: method = RuntimeMembers.GreaterThan; return true;
            case BinaryOperatorKind.GreaterThanOrEqual: method = RuntimeMembers.GreaterThanOrEqual; return true;
            case BinaryOperatorKind.In: method = RuntimeMembers.In; return true;
            case BinaryOperatorKind.InstanceOf: method = RuntimeMembers.InstanceOf; return true;
            default: method = null!; return false;
        }
    }

    // ---- conditions ----------------------------------------------------------------------------------

    /// <summary>Jumps to <paramref name="target"/> when ToBoolean(condition) == jumpIfTrue; falls through otherwise.</summary>
    private void EmitCondition(BoundExpression condition, Label target, bool jumpIfTrue)
    {
        NestingTooDeepException.EnsureStack(condition.Span);
        switch (condition)
        {
            case BoundLiteral { Value.Kind: not ConstantKind.Int32 } literal:
                if (IsTruthy(literal.Value) == jumpIfTrue) _il.Emit(OpCodes.Br, target);
                return;
            case BoundUnary { Operator: UnaryOperatorKind.LogicalNot } not:
                EmitCondition(not.Operand, target, !jumpIfTrue);
                return;
            case BoundLogical logical:
            {
                // a && b jumps when true only if both are; a || b jumps when false only if both are.
                if (logical.IsAnd == jumpIfTrue)
                {
                    var skip = _il.DefineLabel();
                    EmitCondition(logical.Left, skip, !jumpIfTrue);
                    EmitCondition(logical.Right, target, jumpIfTrue);
                    _il.MarkLabel(skip);
                }
                else
                {
                    EmitCondition(logical.Left, target, jumpIfTrue);
                    EmitCondition(logical.Right, target, jumpIfTrue);
                }
                return;
            }
            case BoundBinary binary when TryGetNullComparison(binary, out var operand, out var test, out bool isNot):
                EmitExpression(operand, used: true);
                _il.Emit(OpCodes.Call, test);
                _il.Emit(jumpIfTrue != isNot ? OpCodes.Brtrue : OpCodes.Brfalse, target);
                return;
            case BoundBinary binary when IsNumericComparison(binary):
                EmitNumericComparisonBranch(binary, target, jumpIfTrue);
                return;
            case BoundBinary binary when TryGetComparison(binary.Operator, out var comparison, out bool negate, out bool needsRealm):
                if (needsRealm) _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(binary.Left, used: true);
                EmitExpression(binary.Right, used: true);
                _il.Emit(OpCodes.Call, comparison);
                _il.Emit(jumpIfTrue != negate ? OpCodes.Brtrue : OpCodes.Brfalse, target);
                return;
        }
        if (condition.Type == StorageType.Boolean)
        {
            EmitExpression(condition, used: true);
        }
        else
        {
            EmitExpression(condition, used: true);
            _il.Emit(OpCodes.Call, RuntimeMembers.ToBoolean);
        }
        _il.Emit(jumpIfTrue ? OpCodes.Brtrue : OpCodes.Brfalse, target);
    }

    private static bool IsTruthy(ConstantValue value) => value.Kind switch
    {
        ConstantKind.Undefined or ConstantKind.Null => false,
        ConstantKind.Boolean => value.Boolean,
        ConstantKind.Number => !(value.Number == 0 || double.IsNaN(value.Number)),
        ConstantKind.String => value.String!.Length > 0,
        ConstantKind.BigInt => value.String != "0",
        _ => value.Int32 != 0,
    };

    // ---- intrinsics ----------------------------------------------------------------------------------

    /// <summary>The local that holds the value of a for-of iterator's last step.</summary>
    private LocalBuilder IteratorValue(BoundExpression iterator)
    {
        var symbol = ((BoundVariable)iterator).Symbol;
        if (!_iteratorValues.TryGetValue(symbol, out var local))
        {
            local = _il.DeclareLocal(RuntimeMembers.JsValue);
            _iteratorValues[symbol] = local;
        }
        return local;
    }

    private void EmitIntrinsic(BoundIntrinsic intrinsic)
    {
        if (TryEmitPatternIntrinsic(intrinsic)) return;
        if (TryEmitStateMachineIntrinsic(intrinsic)) return;
        var args = intrinsic.Arguments;
        switch (intrinsic.Intrinsic)
        {
            case IntrinsicKind.ForInStart:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.ForInStart);
                return;
            case IntrinsicKind.ForOfStart:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(args[0], used: true);
                MarkSequencePoint(intrinsic.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.GetIterator);
                return;
            case IntrinsicKind.ForOfMoveNext:
                // record.Step(realm, out value): the value waits in a local that ForOfCurrent reads.
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Ldloc, _realm);
                if (InFrame)
                {
                    EmitLoadFrame();
                    _il.Emit(OpCodes.Ldflda, FrameField((((BoundVariable)args[0]).Symbol, "value"), RuntimeMembers.JsValue, "value"));
                }
                else
                {
                    _il.Emit(OpCodes.Ldloca, IteratorValue(args[0]));
                }
                _il.Emit(OpCodes.Callvirt, RuntimeMembers.IteratorStep);
                return;
            case IntrinsicKind.ForOfCurrent:
                if (InFrame) EmitLoadFrameField(FrameField((((BoundVariable)args[0]).Symbol, "value"), RuntimeMembers.JsValue, "value"));
                else _il.Emit(OpCodes.Ldloc, IteratorValue(args[0]));
                return;
            case IntrinsicKind.ForOfClose:
            case IntrinsicKind.ForOfCloseAfterThrow:
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Ldloc, _realm);
                _il.Emit(OpCodes.Callvirt, intrinsic.Intrinsic == IntrinsicKind.ForOfClose ? RuntimeMembers.IteratorClose : RuntimeMembers.IteratorCloseAfterThrow);
                return;
            case IntrinsicKind.ThrowInvalidAssignmentTarget:
                _il.Emit(OpCodes.Ldloc, _realm);
                MarkSequencePoint(intrinsic.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.ThrowInvalidAssignmentTarget);
                return;
            case IntrinsicKind.ToWithObject:
                _il.Emit(OpCodes.Ldloc, _realm);
                EmitExpression(args[0], used: true);
                MarkSequencePoint(intrinsic.Span);
                _il.Emit(OpCodes.Call, RuntimeMembers.ToWithObject);
                return;
            case IntrinsicKind.RethrowCaptured:
                EmitExpression(args[0], used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.RethrowCaptured);
                return;
            case IntrinsicKind.DerivedConstructorResult:
                EmitDerivedConstructorResult(intrinsic);
                return;
            case IntrinsicKind.DefineField:
                EmitDefineField(intrinsic);
                return;
        }
        EmitExpression(args[0], used: true);
        var method = intrinsic.Intrinsic switch
        {
            IntrinsicKind.ForInMoveNext => RuntimeMembers.ForInMoveNext,
            IntrinsicKind.ForInCurrent => RuntimeMembers.ForInCurrent,
            _ => throw new InvalidOperationException("unexpected intrinsic " + intrinsic.Intrinsic),
        };
        _il.Emit(OpCodes.Callvirt, method);
    }
}
