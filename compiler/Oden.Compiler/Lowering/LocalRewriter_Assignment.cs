// Compound assignment and update expressions: the target is evaluated once, its value read once and
// written once, as GetValue/PutValue on one Reference do.
using Oden.Compiler.BoundTree;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Lowering;

internal sealed partial class LocalRewriter
{
    /// <summary>
    /// Splits an assignment target into its once-evaluated parts: the returned target can be both read
    /// and written without re-evaluating the receiver or the key.
    /// </summary>
    private BoundExpression SpillTarget(BoundExpression target, List<VariableSymbol> locals, List<BoundExpression> sideEffects)
    {
        switch (target)
        {
            case BoundMember member:
            {
                var receiver = Spill(Visit(member.Receiver), "obj", locals, sideEffects);
                return new BoundMember(receiver, member.Name, member.Span);
            }
            case BoundIndex index:
            {
                var receiver = Spill(Visit(index.Receiver), "obj", locals, sideEffects);
                var key = Visit(index.Key);
                key = key is BoundLiteral ? key : Spill(new BoundToPropertyKeyConversion(key, key.Span), "key", locals, sideEffects);
                return new BoundIndex(receiver, key, index.Span);
            }
            case BoundSuperMember super:
                return SpillSuperTarget(super, locals, sideEffects);
            default:
                // A variable or a global: reading and writing it again has no other effect.
                return target;
        }
    }

    // x op= v                  o.p op= v                          o[k] op= v
    // becomes
    // x = x op v               ($o = o, $o.p = $o.p op v)         ($o = o, $k = ToPropertyKey(k), $o[$k] = $o[$k] op v)
    public override BoundExpression VisitCompoundAssignment(BoundCompoundAssignment node)
    {
        var locals = new List<VariableSymbol>();
        var sideEffects = new List<BoundExpression>();
        var target = SpillTarget(node.Target, locals, sideEffects);
        var value = new BoundBinary(node.Operator, target, Visit(node.Value), node.Span);
        return Sequence(locals, sideEffects, new BoundAssignment(target, value, node.Span), node.Span);
    }

    // ++x / x++ as a statement     x++ as a value
    // becomes
    // x = inc x                    ($old = ToNumeric(x), x = inc $old, $old)
    //
    // with a member or index target spilled as for compound assignment.
    public override BoundExpression VisitUpdate(BoundUpdate node) => LowerUpdate(node, valueUsed: true);

    private BoundExpression LowerUpdate(BoundUpdate node, bool valueUsed)
    {
        var locals = new List<VariableSymbol>();
        var sideEffects = new List<BoundExpression>();
        var target = SpillTarget(node.Target, locals, sideEffects);
        var op = node.IsIncrement ? UnaryOperatorKind.Increment : UnaryOperatorKind.Decrement;
        if (node.IsPrefix || !valueUsed)
        {
            var assignment = new BoundAssignment(target, new BoundUnary(op, target, node.Span), node.Span);
            return Sequence(locals, sideEffects, assignment, node.Span);
        }
        var old = Temp("old");
        locals.Add(old);
        sideEffects.Add(Assign(old, new BoundToNumericConversion(target, node.Span), node.Span));
        sideEffects.Add(new BoundAssignment(target, new BoundUnary(op, Read(old, node.Span), node.Span), node.Span));
        return Sequence(locals, sideEffects, Read(old, node.Span), node.Span);
    }

    /// <summary>An expression whose value is discarded: a postfix update need not keep its old value.</summary>
    private BoundExpression VisitDiscarded(BoundExpression expression) =>
        expression is BoundUpdate update ? LowerUpdate(update, valueUsed: false) : Visit(expression);

    public override BoundStatement VisitExpressionStatement(BoundExpressionStatement node) => node.Update(VisitDiscarded(node.Expression));

    public override BoundExpression VisitSequence(BoundSequence node)
    {
        var sideEffects = node.SideEffects.Select(VisitDiscarded).ToList();
        var value = Visit(node.Value);
        return new BoundSequence(node.Locals, [.. sideEffects], value, node.Span);
    }
}
