// Expressions. Operators map one to one onto bound operators; sugar stays sugar here (templates,
// compound assignment, updates) and is lowered later, so the bound tree still reads like the source.
using System.Collections.Immutable;
using Acornima;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;
using FunctionKind = Oden.Compiler.Symbols.FunctionKind;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    private BoundExpression BindExpression(Expression expression)
    {
        NestingTooDeepException.EnsureStack(Span(expression));
        switch (expression)
        {
            case Identifier id:
                return BindIdentifier(id);
            case Literal literal:
                return BindLiteral(literal);
            case TemplateLiteral template:
                return new BoundTemplateLiteral(
                    template.Quasis.Select(q => q.Value.Cooked ?? "").ToImmutableArray(),
                    template.Expressions.Select(BindExpression).ToImmutableArray(),
                    Span(template));
            case ThisExpression:
                return BindThis(expression);
            case ArrayExpression array when array.Elements.Any(e => e is SpreadElement):
                return BindSpreadArrayLiteral(array);
            case ArrayExpression array:
                return new BoundArrayLiteral(array.Elements.Select(e => e is null ? null : BindExpression(e)).ToImmutableArray(), Span(array));
            case ObjectExpression obj:
                return BindObjectLiteral(obj);
            case FunctionExpression function:
                return BindFunctionExpression(function, inferredName: null);
            case ArrowFunctionExpression arrow:
                return BindArrowFunction(arrow, inferredName: null);
            case ClassExpression classExpression:
                return BindClassExpression(classExpression, inferredName: null);
            case MetaProperty meta:
                return BindNewTarget(meta);
            case UpdateExpression { Argument: CallExpression call } update:
                return InvalidAssignmentTarget(call, update);
            case UpdateExpression update:
                return new BoundUpdate(update.Operator == Operator.Increment, update.Prefix, BindAssignmentTarget(update.Argument), Span(update));
            case UnaryExpression unary:
                return BindUnary(unary);
            case LogicalExpression { Operator: Operator.NullishCoalescing } nullish:
                return BindNullishCoalescing(nullish);
            case ChainExpression chain:
                return BindOptionalChain(chain.Expression, deleting: false);
            case TaggedTemplateExpression tagged:
                return BindTaggedTemplate(tagged);
            case LogicalExpression logical:
                return new BoundLogical(logical.Operator == Operator.LogicalAnd, BindExpression(logical.Left), BindExpression(logical.Right), Span(logical));
            case BinaryExpression binary:
                return new BoundBinary(BinaryOperator(binary.Operator), BindExpression(binary.Left), BindExpression(binary.Right), Span(binary));
            case AssignmentExpression assignment:
                return BindAssignment(assignment);
            case ConditionalExpression conditional:
                return new BoundConditional(BindExpression(conditional.Test), BindExpression(conditional.Consequent), BindExpression(conditional.Alternate), Span(conditional));
            case SequenceExpression sequence:
            {
                var items = sequence.Expressions.Select(BindExpression).ToImmutableArray();
                return new BoundSequence([], items.RemoveAt(items.Length - 1), items[^1], Span(sequence));
            }
            case MemberExpression member:
                return BindMember(member);
            case CallExpression call:
                return BindCall(call);
            case NewExpression newExpression:
                return new BoundNew(BindExpression(newExpression.Callee), BindArguments(newExpression.Arguments), Span(newExpression));
            case ParenthesizedExpression parenthesized:
                return BindExpression(parenthesized.Expression);
            case AwaitExpression await:
                return BindAwait(await);
            case YieldExpression yield:
                return BindYield(yield);
            default:
                // The feature gate refuses everything else.
                _diagnostics.Error(Diagnostics.ErrorCode.InternalError, Span(expression), $"internal error: unexpected expression '{expression.Type}'");
                return new BoundLiteral(ConstantValue.Undefined, Span(expression));
        }
    }

    private BoundExpression BindIdentifier(Identifier id)
    {
        var bound = BindIdentifierReference(id.Name, id);
        // The global object's undefined, NaN and Infinity are non-writable and non-configurable: reading
        // them always gives the constant.
        if (bound is BoundGlobal global)
        {
            switch (global.Name)
            {
                case "undefined": return new BoundLiteral(ConstantValue.Undefined, global.Span);
                case "NaN": return new BoundLiteral(ConstantValue.FromNumber(double.NaN), global.Span);
                case "Infinity": return new BoundLiteral(ConstantValue.FromNumber(double.PositiveInfinity), global.Span);
            }
        }
        return bound;
    }

    private BoundExpression BindLiteral(Literal literal)
    {
        var span = Span(literal);
        return literal switch
        {
            StringLiteral s => new BoundLiteral(ConstantValue.FromString(s.Value), span),
            NumericLiteral n => new BoundLiteral(ConstantValue.FromNumber(n.Value), span),
            BooleanLiteral b => new BoundLiteral(ConstantValue.FromBoolean(b.Value), span),
            NullLiteral => new BoundLiteral(ConstantValue.Null, span),
            BigIntLiteral big => new BoundLiteral(ConstantValue.FromBigInt(big.BigInt), span),
            RegExpLiteral r => new BoundRegExpLiteral(r.RegExp.Pattern, r.RegExp.Flags, span),
            _ => Unexpected(literal),
        };
    }

    private BoundExpression Unexpected(Node node)
    {
        _diagnostics.Error(Diagnostics.ErrorCode.InternalError, Span(node), $"internal error: unexpected node '{node.Type}'");
        return new BoundLiteral(ConstantValue.Undefined, Span(node));
    }

    private ImmutableArray<BoundExpression> BindArguments(in NodeList<Expression> arguments)
    {
        if (arguments.Any(a => a is SpreadElement)) return [BindSpreadValues(arguments, Span(arguments[0]))];
        var builder = ImmutableArray.CreateBuilder<BoundExpression>(arguments.Count);
        foreach (var argument in arguments) builder.Add(BindExpression(argument));
        return builder.MoveToImmutable();
    }

    private BoundExpression BindMember(MemberExpression member)
    {
        if (member.Object is Super) return BindSuperMember(member);
        var receiver = BindExpression(member.Object);
        if (!member.Computed)
            return new BoundMember(receiver, ((Identifier)member.Property).Name, Span(member));
        // o["name"] is o.name.
        if (member.Property is StringLiteral name)
            return new BoundMember(receiver, name.Value, Span(member));
        return new BoundIndex(receiver, BindExpression(member.Property), Span(member));
    }

    private BoundExpression BindCall(CallExpression call)
    {
        if (call.Callee is Super) return BindSuperCall(call);
        var calleeNode = call.Callee;
        while (calleeNode is ParenthesizedExpression p) calleeNode = p.Expression;
        if (calleeNode is ChainExpression { Expression: MemberExpression } chain) return BindParenthesizedChainCall(chain, call);

        var callee = BindExpression(call.Callee);
        var arguments = BindArguments(call.Arguments);

        // A literal relative require() in a CommonJS module is resolved and compiled in at compile time.
        if (callee is BoundVariable { Symbol: { Kind: VariableKind.Parameter, Name: "require" } require }
            && require.Function.Kind == FunctionKind.Module
            && call.Arguments.Count >= 1
            && call.Arguments[0] is StringLiteral specifier
            && IsRelativeSpecifier(specifier.Value))
        {
            _requires.Add(new RequireReference(specifier.Value, Span(specifier)));
        }
        return new BoundCall(callee, arguments, Span(call));
    }

    public static bool IsRelativeSpecifier(string specifier) =>
        specifier is "." or ".." || specifier.StartsWith("./", StringComparison.Ordinal) || specifier.StartsWith("../", StringComparison.Ordinal);

    /// <summary>The target of =, op=, ++ and --: an identifier or a member expression.</summary>
    private BoundExpression BindAssignmentTarget(Node target) => target switch
    {
        Identifier id => BindIdentifierReference(id.Name, id, isWrite: true),
        MemberExpression member => BindMember(member),
        ParenthesizedExpression p => BindAssignmentTarget(p.Expression),
        _ => Unexpected(target),
    };

    /// <summary>
    /// `f() = v`, `f() += v`, `f()++`: Acornima accepts a call as a target in sloppy code (web
    /// compatibility); evaluating it calls f and then throws a ReferenceError (the value is never evaluated).
    /// </summary>
    private BoundExpression InvalidAssignmentTarget(CallExpression call, Node whole) =>
        new BoundSequence([], [BindExpression(call)], new BoundIntrinsic(IntrinsicKind.ThrowInvalidAssignmentTarget, [], Span(whole)), Span(whole));

    private BoundExpression BindAssignment(AssignmentExpression assignment)
    {
        if (assignment.Left is CallExpression call) return InvalidAssignmentTarget(call, assignment);
        if (IsPattern(assignment.Left)) return BindDestructuringAssignment(assignment, isStatement: false, out _);
        if (assignment.Operator is Operator.LogicalAndAssignment or Operator.LogicalOrAssignment or Operator.NullishCoalescingAssignment)
            return BindLogicalAssignment(assignment);
        var target = BindAssignmentTarget(assignment.Left);
        if (assignment.Operator == Operator.Assignment)
        {
            var value = assignment.Left is Identifier id ? BindNamedExpression(assignment.Right, id.Name) : BindExpression(assignment.Right);
            return new BoundAssignment(target, value, Span(assignment));
        }
        return new BoundCompoundAssignment(CompoundOperator(assignment.Operator), target, BindExpression(assignment.Right), Span(assignment));
    }

    private BoundExpression BindUnary(UnaryExpression unary)
    {
        if (unary.Operator == Operator.Delete && unary.Argument is ChainExpression chain)
            return BindOptionalChain(chain.Expression, deleting: true);
        if (unary.Operator == Operator.Delete)
            return new BoundDelete(BindExpression(unary.Argument), _function.IsStrict, Span(unary));
        var op = unary.Operator switch
        {
            Operator.UnaryNegation => UnaryOperatorKind.Negate,
            Operator.UnaryPlus => UnaryOperatorKind.Plus,
            Operator.LogicalNot => UnaryOperatorKind.LogicalNot,
            Operator.BitwiseNot => UnaryOperatorKind.BitwiseNot,
            Operator.TypeOf => UnaryOperatorKind.TypeOf,
            Operator.Void => UnaryOperatorKind.Void,
            _ => throw new InvalidOperationException("unexpected unary operator " + unary.Operator),
        };
        var operand = unary.Argument is Identifier id && op == UnaryOperatorKind.TypeOf
            ? BindIdentifierReference(id.Name, id) // keep a BoundGlobal: typeof of a missing global is "undefined"
            : BindExpression(unary.Argument);
        return new BoundUnary(op, operand, Span(unary));
    }

    private BoundExpression BindObjectLiteral(ObjectExpression obj)
    {
        var properties = ImmutableArray.CreateBuilder<BoundObjectProperty>(obj.Properties.Count);
        foreach (var node in obj.Properties)
        {
            if (node is SpreadElement spread)
            {
                properties.Add(new BoundObjectProperty(ObjectPropertyKind.Spread, null, null, BindExpression(spread.Argument)));
                continue;
            }
            var property = (Property)node;
            string? name = null;
            BoundExpression? computedKey = null;
            if (property.Computed)
            {
                computedKey = BindExpression(property.Key);
            }
            else
            {
                switch (property.Key)
                {
                    case Identifier id: name = id.Name; break;
                    case StringLiteral s: name = s.Value; break;
                    case BigIntLiteral big: name = big.BigInt; break; // ToString(1n) is "1"
                    // A numeric key is ToString(number); CodeGen formats it exactly as JavaScript does.
                    case NumericLiteral n: computedKey = new BoundLiteral(ConstantValue.FromNumber(n.Value), Span(n)); break;
                    default: computedKey = BindExpression(property.Key); break;
                }
            }

            switch (property.Kind)
            {
                case PropertyKind.Get:
                case PropertyKind.Set:
                {
                    bool isGetter = property.Kind == PropertyKind.Get;
                    var functionName = name is null ? "" : (isGetter ? "get " : "set ") + name;
                    var value = BindFunctionExpression((FunctionExpression)property.Value, functionName, isGetter ? FunctionKind.Getter : FunctionKind.Setter);
                    ((BoundFunctionExpression)value).Function.Symbol.TextStart = property.Start;
                    properties.Add(new BoundObjectProperty(isGetter ? ObjectPropertyKind.Getter : ObjectPropertyKind.Setter, name, computedKey, value));
                    break;
                }
                default:
                {
                    BoundExpression value;
                    if (property.Method)
                    {
                        value = BindFunctionExpression((FunctionExpression)property.Value, name ?? "", FunctionKind.Method);
                        ((BoundFunctionExpression)value).Function.Symbol.TextStart = property.Start;
                    }
                    else if (property.Shorthand)
                        value = BindIdentifier((Identifier)property.Value);
                    else
                        value = name is null ? BindExpression((Expression)property.Value) : BindNamedExpression((Expression)property.Value, name);

                    // __proto__: v (not shorthand, not computed, not a method) sets the prototype (B.3.1).
                    var kind = name == "__proto__" && !property.Shorthand && !property.Method
                        ? ObjectPropertyKind.Prototype
                        : ObjectPropertyKind.Value;
                    properties.Add(new BoundObjectProperty(kind, name, computedKey, value));
                    break;
                }
            }
        }
        return new BoundObjectLiteral(properties.MoveToImmutable(), Span(obj));
    }

    private static BinaryOperatorKind BinaryOperator(Operator op) => op switch
    {
        Operator.Addition => BinaryOperatorKind.Add,
        Operator.Subtraction => BinaryOperatorKind.Subtract,
        Operator.Multiplication => BinaryOperatorKind.Multiply,
        Operator.Division => BinaryOperatorKind.Divide,
        Operator.Remainder => BinaryOperatorKind.Remainder,
        Operator.Exponentiation => BinaryOperatorKind.Exponent,
        Operator.LeftShift => BinaryOperatorKind.LeftShift,
        Operator.RightShift => BinaryOperatorKind.RightShift,
        Operator.UnsignedRightShift => BinaryOperatorKind.UnsignedRightShift,
        Operator.BitwiseAnd => BinaryOperatorKind.BitwiseAnd,
        Operator.BitwiseOr => BinaryOperatorKind.BitwiseOr,
        Operator.BitwiseXor => BinaryOperatorKind.BitwiseXor,
        Operator.Equality => BinaryOperatorKind.Equal,
        Operator.Inequality => BinaryOperatorKind.NotEqual,
        Operator.StrictEquality => BinaryOperatorKind.StrictEqual,
        Operator.StrictInequality => BinaryOperatorKind.StrictNotEqual,
        Operator.LessThan => BinaryOperatorKind.LessThan,
        Operator.LessThanOrEqual => BinaryOperatorKind.LessThanOrEqual,
        Operator.GreaterThan => BinaryOperatorKind.GreaterThan,
        Operator.GreaterThanOrEqual => BinaryOperatorKind.GreaterThanOrEqual,
        Operator.In => BinaryOperatorKind.In,
        Operator.InstanceOf => BinaryOperatorKind.InstanceOf,
        _ => throw new InvalidOperationException("unexpected binary operator " + op),
    };

    private static BinaryOperatorKind CompoundOperator(Operator op) => op switch
    {
        Operator.AdditionAssignment => BinaryOperatorKind.Add,
        Operator.SubtractionAssignment => BinaryOperatorKind.Subtract,
        Operator.MultiplicationAssignment => BinaryOperatorKind.Multiply,
        Operator.DivisionAssignment => BinaryOperatorKind.Divide,
        Operator.RemainderAssignment => BinaryOperatorKind.Remainder,
        Operator.ExponentiationAssignment => BinaryOperatorKind.Exponent,
        Operator.LeftShiftAssignment => BinaryOperatorKind.LeftShift,
        Operator.RightShiftAssignment => BinaryOperatorKind.RightShift,
        Operator.UnsignedRightShiftAssignment => BinaryOperatorKind.UnsignedRightShift,
        Operator.BitwiseAndAssignment => BinaryOperatorKind.BitwiseAnd,
        Operator.BitwiseOrAssignment => BinaryOperatorKind.BitwiseOr,
        Operator.BitwiseXorAssignment => BinaryOperatorKind.BitwiseXor,
        _ => throw new InvalidOperationException("unexpected assignment operator " + op),
    };
}
