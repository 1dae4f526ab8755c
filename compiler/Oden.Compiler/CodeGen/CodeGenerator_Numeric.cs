// Numeric locals (see NumericLocals.cs): bindings proven to hold a Number live in `double` IL locals.
// EmitNumber pushes the double of a numeric expression, doing arithmetic, bitwise operators and
// comparisons between numeric operands with IL opcodes; a JsValue is made only where one is needed
// (a call argument, a property value, a return).
using System.Reflection.Emit;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.CodeGen;

internal sealed partial class CodeGenerator
{
    private bool IsNumericLocal(VariableSymbol v) => _numeric.Contains(v);

    private bool IsNumeric(BoundExpression e) => _numeric.Count > 0 && NumericLocals.IsNumeric(e, _numeric);

    /// <summary>
    /// True when the outermost operation of <paramref name="e"/> can run on doubles: an operator whose
    /// operands are all numeric (then EmitNumber needs no JsValue on the way).
    /// </summary>
    private bool RunsOnDoubles(BoundExpression e) => _numeric.Count > 0 && e switch
    {
        BoundBinary binary => binary.Operator <= BinaryOperatorKind.BitwiseXor && IsNumeric(binary.Left) && IsNumeric(binary.Right),
        BoundUnary unary => unary.Operator is UnaryOperatorKind.Negate or UnaryOperatorKind.Plus or UnaryOperatorKind.BitwiseNot
            or UnaryOperatorKind.Increment or UnaryOperatorKind.Decrement && IsNumeric(unary.Operand),
        BoundToNumericConversion conversion => IsNumeric(conversion.Operand),
        _ => false,
    };

    /// <summary>A comparison whose operands are both numeric: compared as doubles.</summary>
    private bool IsNumericComparison(BoundBinary binary) =>
        _numeric.Count > 0
        && binary.Operator is BinaryOperatorKind.LessThan or BinaryOperatorKind.LessThanOrEqual or BinaryOperatorKind.GreaterThan
            or BinaryOperatorKind.GreaterThanOrEqual or BinaryOperatorKind.StrictEqual or BinaryOperatorKind.StrictNotEqual
            or BinaryOperatorKind.Equal or BinaryOperatorKind.NotEqual
        && IsNumeric(binary.Left) && IsNumeric(binary.Right);

    private void EmitBoxNumber() => _il.Emit(OpCodes.Newobj, RuntimeMembers.JsValueFromDouble);

    /// <summary>Pushes the double value of <paramref name="e"/>, which IsNumeric accepted.</summary>
    private void EmitNumber(BoundExpression e)
    {
        NestingTooDeepException.EnsureStack(e.Span);
        switch (e)
        {
            case BoundLiteral { Value.Kind: ConstantKind.Number } literal:
                _il.Emit(OpCodes.Ldc_R8, literal.Value.Number);
                return;
            case BoundVariable variable when IsNumericLocal(variable.Symbol):
                _il.Emit(OpCodes.Ldloc, Local(variable.Symbol));
                return;
            case BoundToNumericConversion conversion when IsNumeric(conversion.Operand):
                EmitNumber(conversion.Operand);
                return;
            case BoundUnary unary when RunsOnDoubles(unary):
                if (unary.Operator == UnaryOperatorKind.BitwiseNot) EmitInt32(unary.Operand);
                else EmitNumber(unary.Operand);
                switch (unary.Operator)
                {
                    case UnaryOperatorKind.Negate:
                        _il.Emit(OpCodes.Neg);
                        break;
                    case UnaryOperatorKind.BitwiseNot:
                        // (EmitInt32 pushed the operand's int32 rather than its double: see the case below.)
                        _il.Emit(OpCodes.Not);
                        _il.Emit(OpCodes.Conv_R8);
                        break;
                    case UnaryOperatorKind.Increment:
                        _il.Emit(OpCodes.Ldc_R8, 1.0);
                        _il.Emit(OpCodes.Add);
                        break;
                    case UnaryOperatorKind.Decrement:
                        _il.Emit(OpCodes.Ldc_R8, 1.0);
                        _il.Emit(OpCodes.Sub);
                        break;
                }
                return;
            case BoundBinary binary when RunsOnDoubles(binary):
                EmitNumericBinary(binary);
                return;
            case BoundAssignment { Target: BoundVariable target } assignment when IsNumericLocal(target.Symbol):
                EmitNumber(assignment.Value);
                _il.Emit(OpCodes.Dup);
                _il.Emit(OpCodes.Stloc, Local(target.Symbol));
                return;
            case BoundSequence sequence when IsNumeric(sequence.Value):
                foreach (var temp in sequence.Locals)
                {
                    if (!temp.IsCaptured && !_locals.ContainsKey(temp)) _locals[temp] = RentTemp(LocalType(temp));
                }
                foreach (var sideEffect in sequence.SideEffects) EmitExpression(sideEffect, used: false);
                EmitNumber(sequence.Value);
                foreach (var temp in sequence.Locals)
                {
                    if (_locals.Remove(temp, out var local)) ReturnTemp(local);
                }
                return;
            case BoundConditional conditional when IsNumeric(conditional.WhenTrue) && IsNumeric(conditional.WhenFalse):
            {
                var whenFalse = _il.DefineLabel();
                var end = _il.DefineLabel();
                EmitCondition(conditional.Test, whenFalse, jumpIfTrue: false);
                EmitNumber(conditional.WhenTrue);
                _il.Emit(OpCodes.Br, end);
                _il.MarkLabel(whenFalse);
                EmitNumber(conditional.WhenFalse);
                _il.MarkLabel(end);
                return;
            }
            default:
                // An operator that returns a Number (or throws) on operands that are not all numeric: the
                // JsValue operation, then its double.
                EmitExpression(e, used: true);
                _il.Emit(OpCodes.Call, RuntimeMembers.NumberOf);
                return;
        }
    }

    private void EmitNumericBinary(BoundBinary binary)
    {
        switch (binary.Operator)
        {
            case BinaryOperatorKind.Remainder:
                EmitNumber(binary.Left);
                EmitNumber(binary.Right);
                _il.Emit(OpCodes.Call, RuntimeMembers.NumberRemainder);
                return;
            case BinaryOperatorKind.Add or BinaryOperatorKind.Subtract or BinaryOperatorKind.Multiply or BinaryOperatorKind.Divide:
                EmitNumber(binary.Left);
                EmitNumber(binary.Right);
                _il.Emit(binary.Operator switch
                {
                    BinaryOperatorKind.Add => OpCodes.Add,
                    BinaryOperatorKind.Subtract => OpCodes.Sub,
                    BinaryOperatorKind.Multiply => OpCodes.Mul,
                    _ => OpCodes.Div,
                });
                return;
            case BinaryOperatorKind.Exponent:
                EmitNumber(binary.Left);
                EmitNumber(binary.Right);
                _il.Emit(OpCodes.Call, RuntimeMembers.NumberExponentiate);
                return;
            case BinaryOperatorKind.UnsignedRightShift:
                EmitInt32Operation(binary);
                _il.Emit(OpCodes.Conv_R_Un);
                _il.Emit(OpCodes.Conv_R8);
                return;
            default: // << >> & | ^
                EmitInt32Operation(binary);
                _il.Emit(OpCodes.Conv_R8);
                return;
        }
    }

    private static bool IsInt32Operator(BinaryOperatorKind op) => op is >= BinaryOperatorKind.LeftShift and <= BinaryOperatorKind.BitwiseXor;

    /// <summary>
    /// Pushes ToInt32 of a numeric expression as an int32. A literal is converted here; a bitwise operator or
    /// shift leaves its int32 result as is (a chain like `(a &lt;&lt; 16) | (b &lt;&lt; 8) | c` never goes through
    /// a double between its operators; the bits of `&gt;&gt;&gt;`'s uint32 are its ToInt32).
    /// </summary>
    private void EmitInt32(BoundExpression e)
    {
        switch (e)
        {
            case BoundLiteral { Value.Kind: ConstantKind.Number } literal:
                _il.Emit(OpCodes.Ldc_I4, Oden.Runtime.Operations.ToInt32(literal.Value.Number));
                return;
            case BoundBinary binary when IsInt32Operator(binary.Operator) && RunsOnDoubles(binary):
                EmitInt32Operation(binary);
                return;
            case BoundUnary { Operator: UnaryOperatorKind.BitwiseNot } unary when RunsOnDoubles(unary):
                EmitInt32(unary.Operand);
                _il.Emit(OpCodes.Not);
                return;
            case BoundToNumericConversion conversion when IsNumeric(conversion.Operand):
                EmitInt32(conversion.Operand);
                return;
            default:
                EmitNumber(e);
                _il.Emit(OpCodes.Call, RuntimeMembers.ToInt32Double);
                return;
        }
    }

    /// <summary>A shift or bitwise operator on numeric operands, leaving its int32 (for `&gt;&gt;&gt;`, uint32) result.</summary>
    private void EmitInt32Operation(BoundBinary binary)
    {
        EmitInt32(binary.Left);
        if (binary.Operator is BinaryOperatorKind.LeftShift or BinaryOperatorKind.RightShift or BinaryOperatorKind.UnsignedRightShift)
        {
            EmitShiftCount(binary.Right);
        }
        else
        {
            EmitInt32(binary.Right);
        }

        _il.Emit(binary.Operator switch
        {
            BinaryOperatorKind.LeftShift => OpCodes.Shl,
            BinaryOperatorKind.RightShift => OpCodes.Shr,
            BinaryOperatorKind.UnsignedRightShift => OpCodes.Shr_Un,
            BinaryOperatorKind.BitwiseAnd => OpCodes.And,
            BinaryOperatorKind.BitwiseOr => OpCodes.Or,
            _ => OpCodes.Xor,
        });
    }

    /// <summary>ToUint32(count) &amp; 31 as an int32.</summary>
    private void EmitShiftCount(BoundExpression count)
    {
        if (count is BoundLiteral { Value.Kind: ConstantKind.Number } literal)
        {
            _il.Emit(OpCodes.Ldc_I4, Oden.Runtime.Operations.ToInt32(literal.Value.Number) & 31);
            return;
        }

        EmitInt32(count);
        _il.Emit(OpCodes.Ldc_I4_S, (sbyte)31);
        _il.Emit(OpCodes.And);
    }

    /// <summary>Pushes the bool of a comparison between numeric operands (IsNumericComparison).</summary>
    private void EmitNumericComparisonValue(BoundBinary binary)
    {
        EmitNumber(binary.Left);
        EmitNumber(binary.Right);
        switch (binary.Operator)
        {
            case BinaryOperatorKind.LessThan:
                _il.Emit(OpCodes.Clt);
                break;
            case BinaryOperatorKind.GreaterThan:
                _il.Emit(OpCodes.Cgt);
                break;
            case BinaryOperatorKind.LessThanOrEqual: // not (greater or unordered)
                _il.Emit(OpCodes.Cgt_Un);
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
                break;
            case BinaryOperatorKind.GreaterThanOrEqual: // not (less or unordered)
                _il.Emit(OpCodes.Clt_Un);
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
                break;
            case BinaryOperatorKind.StrictEqual or BinaryOperatorKind.Equal:
                _il.Emit(OpCodes.Ceq);
                break;
            default: // != and !==: not equal, NaN included
                _il.Emit(OpCodes.Ceq);
                _il.Emit(OpCodes.Ldc_I4_0);
                _il.Emit(OpCodes.Ceq);
                break;
        }
    }

    /// <summary>Branches on a comparison between numeric operands (IsNumericComparison); NaN compares false.</summary>
    private void EmitNumericComparisonBranch(BoundBinary binary, Label target, bool jumpIfTrue)
    {
        EmitNumber(binary.Left);
        EmitNumber(binary.Right);
        var opcode = (binary.Operator, jumpIfTrue) switch
        {
            (BinaryOperatorKind.LessThan, true) => OpCodes.Blt,
            (BinaryOperatorKind.LessThan, false) => OpCodes.Bge_Un,
            (BinaryOperatorKind.LessThanOrEqual, true) => OpCodes.Ble,
            (BinaryOperatorKind.LessThanOrEqual, false) => OpCodes.Bgt_Un,
            (BinaryOperatorKind.GreaterThan, true) => OpCodes.Bgt,
            (BinaryOperatorKind.GreaterThan, false) => OpCodes.Ble_Un,
            (BinaryOperatorKind.GreaterThanOrEqual, true) => OpCodes.Bge,
            (BinaryOperatorKind.GreaterThanOrEqual, false) => OpCodes.Blt_Un,
            (BinaryOperatorKind.StrictEqual or BinaryOperatorKind.Equal, true) => OpCodes.Beq,
            (BinaryOperatorKind.StrictEqual or BinaryOperatorKind.Equal, false) => OpCodes.Bne_Un,
            (_, true) => OpCodes.Bne_Un,
            _ => OpCodes.Beq,
        };
        _il.Emit(opcode, target);
    }
}
