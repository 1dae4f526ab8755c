// The ES2018+ operators that desugar into ordinary bound nodes as they are bound: optional chains,
// `??`, logical assignment, spread in calls/new/array literals, and tagged templates. Their
// temporaries are sequence locals (pooled IL locals); each operand is evaluated once, in source order.
using System.Collections.Immutable;
using Acornima;
using Acornima.Ast;
using Oden.Compiler.BoundTree;
using Oden.Compiler.Diagnostics;
using Oden.Compiler.Symbols;

namespace Oden.Compiler.Binding;

internal sealed partial class Binder
{
    private VariableSymbol ExpressionTemp(string name, List<VariableSymbol> locals, StorageType type = StorageType.Value)
    {
        var temp = _function.Scope.DeclareTemp(name, type);
        locals.Add(temp);
        return temp;
    }

    private static BoundExpression AssignTemp(VariableSymbol temp, BoundExpression value) =>
        new BoundAssignment(ReadTemp(temp, value.Span), value, value.Span);

    private static BoundExpression IsNullish(BoundExpression value) =>
        new BoundIntrinsic(IntrinsicKind.IsNullish, [value], value.Span);

    // ---- ?? --------------------------------------------------------------------------------------

    // a ?? b
    // becomes
    // ($t = a, IsNullish($t) ? b : $t)
    private BoundExpression BindNullishCoalescing(LogicalExpression node)
    {
        var span = Span(node);
        var locals = new List<VariableSymbol>();
        var temp = ExpressionTemp("lhs", locals);
        var left = BindExpression(node.Left);
        var right = BindExpression(node.Right);
        return new BoundSequence([.. locals], [AssignTemp(temp, left)],
            new BoundConditional(IsNullish(ReadTemp(temp, span)), right, ReadTemp(temp, span), span), span);
    }

    // ---- optional chains -------------------------------------------------------------------------

    // a?.b.c(x)                     a.m?.(x)                            delete a?.b
    // becomes
    // ($t = a, IsNullish($t)        ($r = a, $f = $r.m, IsNullish($f)   ($t = a, IsNullish($t)
    //    ? undefined : $t.b.c(x))      ? undefined : CallWithThis($f, $r, x))   ? true : delete $t.b)
    //
    // A short circuit skips the whole rest of the chain (up to the ChainExpression, so `(a?.b).c` reads
    // c of undefined); a call keeps its receiver as this.
    private BoundExpression BindOptionalChain(Expression chain, bool deleting, VariableSymbol? thisCapture = null)
    {
        var links = new List<Expression>();
        var e = chain;
        while (true)
        {
            if (e is MemberExpression m) { links.Add(m); e = m.Object; }
            else if (e is CallExpression c) { links.Add(c); e = c.Callee; }
            else break;
        }
        links.Reverse();
        return BuildChain(BindExpression(e), links, 0, deleting, Span(chain), thisCapture);
    }

    // (a?.b)(x)
    // becomes
    // ($this = undefined, CallWithThis(($t = a, IsNullish($t) ? undefined : ($this = $t).b), $this, x))
    //
    // Parentheses keep the reference: a chain ending in a member called through them passes its
    // receiver as this (and a short circuit calls undefined: a TypeError after the arguments).
    private BoundExpression BindParenthesizedChainCall(ChainExpression chain, CallExpression call)
    {
        var span = Span(call);
        var locals = new List<VariableSymbol>();
        var thisTemp = ExpressionTemp("this", locals);
        var callee = BindOptionalChain(chain.Expression, deleting: false, thisTemp);
        var arguments = BindArguments(call.Arguments);
        var invoke = new BoundIntrinsic(IntrinsicKind.CallWithThis, arguments.InsertRange(0, ImmutableArray.Create<BoundExpression>(callee, ReadTemp(thisTemp, span))), span);
        return new BoundSequence([.. locals], [AssignTemp(thisTemp, new BoundLiteral(ConstantValue.Undefined, span))], invoke, span);
    }

    private BoundExpression BuildChain(BoundExpression current, List<Expression> links, int i, bool deleting, SourceSpan span, VariableSymbol? thisCapture)
    {
        for (; i < links.Count; i++)
        {
            var link = links[i];
            var linkSpan = Span(link);
            bool optional = link is MemberExpression { Optional: true } or CallExpression { Optional: true };
            if (!optional)
            {
                current = ApplyChainLink(current, link);
                continue;
            }

            var shortValue = new BoundLiteral(deleting ? ConstantValue.FromBoolean(true) : ConstantValue.Undefined, linkSpan);
            var locals = new List<VariableSymbol>();
            var sideEffects = new List<BoundExpression>();
            BoundExpression tested;
            BoundExpression next;
            if (link is CallExpression call)
            {
                // The callee is tested; a member callee's receiver stays its this.
                var function = ExpressionTemp("f", locals);
                BoundExpression? thisValue = null;
                if (current is BoundMember or BoundIndex)
                {
                    var receiver = ExpressionTemp("this", locals);
                    var (receiverExpression, rebuilt) = current switch
                    {
                        BoundMember m => (m.Receiver, (BoundExpression)new BoundMember(ReadTemp(receiver, m.Span), m.Name, m.Span)),
                        BoundIndex ix => (ix.Receiver, new BoundIndex(ReadTemp(receiver, ix.Span), ix.Key, ix.Span)),
                        _ => throw new InvalidOperationException(),
                    };
                    sideEffects.Add(AssignTemp(receiver, receiverExpression));
                    sideEffects.Add(AssignTemp(function, rebuilt));
                    thisValue = ReadTemp(receiver, linkSpan);
                }
                else
                {
                    sideEffects.Add(AssignTemp(function, current));
                }
                tested = ReadTemp(function, linkSpan);
                var arguments = BindArguments(call.Arguments);
                next = thisValue is null
                    ? new BoundCall(ReadTemp(function, linkSpan), arguments, linkSpan)
                    : new BoundIntrinsic(IntrinsicKind.CallWithThis, arguments.InsertRange(0, ImmutableArray.Create<BoundExpression>(ReadTemp(function, linkSpan), thisValue)), linkSpan);
            }
            else
            {
                var value = ExpressionTemp("chain", locals);
                sideEffects.Add(AssignTemp(value, current));
                tested = ReadTemp(value, linkSpan);
                next = ApplyChainLink(ReadTemp(value, linkSpan), link);
            }
            var rest = BuildChain(next, links, i + 1, deleting, span, thisCapture);
            return new BoundSequence([.. locals], [.. sideEffects], new BoundConditional(IsNullish(tested), shortValue, rest, span), span);
        }
        if (thisCapture is not null)
        {
            // The receiver of the chain's last member becomes the this of a call through parentheses.
            current = current switch
            {
                BoundMember m => new BoundMember(new BoundAssignment(ReadTemp(thisCapture, m.Span), m.Receiver, m.Span), m.Name, m.Span),
                BoundIndex ix => new BoundIndex(new BoundAssignment(ReadTemp(thisCapture, ix.Span), ix.Receiver, ix.Span), ix.Key, ix.Span),
                _ => current,
            };
        }
        return deleting ? new BoundDelete(current, _function.IsStrict, span) : current;
    }

    private BoundExpression ApplyChainLink(BoundExpression current, Expression link)
    {
        var span = Span(link);
        switch (link)
        {
            case MemberExpression { Computed: false } m:
                return new BoundMember(current, ((Identifier)m.Property).Name, span);
            case MemberExpression { Property: StringLiteral name }:
                return new BoundMember(current, name.Value, span);
            case MemberExpression m:
                return new BoundIndex(current, BindExpression(m.Property), span);
            case CallExpression call:
                return new BoundCall(current, BindArguments(call.Arguments), span);
            default:
                return Unexpected(link);
        }
    }

    // ---- logical assignment ----------------------------------------------------------------------

    // x ||= v        o.p &&= v                        o[k] ??= v
    // becomes
    // x || (x = v)   ($o = o, $o.p && ($o.p = v))     ($o = o, $k = k, $t = $o[$k],
    //                                                  IsNullish($t) ? ($o[$k] = v) : $t)
    // Nothing is assigned (and v is not evaluated) when the left side decides; an anonymous function
    // assigned to an identifier takes its name.
    private BoundExpression BindLogicalAssignment(AssignmentExpression assignment)
    {
        var span = Span(assignment);
        var locals = new List<VariableSymbol>();
        var sideEffects = new List<BoundExpression>();
        BoundExpression read;
        BoundExpression write;
        BoundExpression value;
        var left = assignment.Left;
        while (left is ParenthesizedExpression p) left = p.Expression;
        switch (left)
        {
            case Identifier id:
                read = BindIdentifierReference(id.Name, id);
                write = BindIdentifierReference(id.Name, id, isWrite: true);
                value = BindNamedExpression(assignment.Right, id.Name);
                break;
            case MemberExpression member:
            {
                var receiver = ExpressionTemp("obj", locals);
                sideEffects.Add(AssignTemp(receiver, BindExpression(member.Object)));
                var target = ReadTemp(receiver, Span(member.Object));
                if (!member.Computed || member.Property is StringLiteral)
                {
                    var name = member.Property is Identifier pid && !member.Computed ? pid.Name : ((StringLiteral)member.Property).Value;
                    read = new BoundMember(target, name, Span(member));
                }
                else
                {
                    var key = ExpressionTemp("key", locals);
                    var keyValue = BindExpression(member.Property);
                    // The key value is kept; GetValue and PutValue each convert it (as V8 and the current spec do).
                    sideEffects.Add(AssignTemp(key, keyValue));
                    read = new BoundIndex(target, ReadTemp(key, keyValue.Span), Span(member));
                }
                write = read;
                value = BindExpression(assignment.Right);
                break;
            }
            default:
                return Unexpected(left);
        }

        var store = new BoundAssignment(write, value, span);
        BoundExpression result;
        if (assignment.Operator == Operator.NullishCoalescingAssignment)
        {
            var current = ExpressionTemp("cur", locals);
            sideEffects.Add(AssignTemp(current, read));
            result = new BoundConditional(IsNullish(ReadTemp(current, span)), store, ReadTemp(current, span), span);
        }
        else
        {
            result = new BoundLogical(assignment.Operator == Operator.LogicalAndAssignment, read, store, span);
        }
        return sideEffects.Count == 0 ? result : new BoundSequence([.. locals], [.. sideEffects], result, span);
    }

    // ---- spread ----------------------------------------------------------------------------------

    // f(a, ...xs)            [a, , ...xs]
    // becomes
    // f(ArgumentArray(a, SpreadElement(xs)))          ArrayFromValues(ArgumentArray(a, ArrayHole(), SpreadElement(xs)))
    //
    // CodeGen turns ArgumentArray into one JsValue[] for the general call entry: `f(...arr)` alone is a
    // single copy of a plain array (no iterator object when its iteration is the intrinsic one).
    private BoundExpression BindSpreadValues(IEnumerable<Node?> elements, SourceSpan span)
    {
        var values = ImmutableArray.CreateBuilder<BoundExpression>();
        foreach (var element in elements)
        {
            values.Add(element switch
            {
                null => new BoundIntrinsic(IntrinsicKind.ArrayHole, [], span),
                SpreadElement spread => new BoundIntrinsic(IntrinsicKind.SpreadElement, [BindExpression(spread.Argument)], Span(spread)),
                _ => BindExpression((Expression)element),
            });
        }
        return new BoundIntrinsic(IntrinsicKind.ArgumentArray, values.ToImmutable(), span);
    }

    private BoundExpression BindSpreadArrayLiteral(ArrayExpression array) =>
        new BoundIntrinsic(IntrinsicKind.ArrayFromValues, [BindSpreadValues(array.Elements, Span(array))], Span(array));

    // ---- tagged templates ------------------------------------------------------------------------

    // tag`a${x}b`
    // becomes
    // tag(TemplateObject("a", "a", "b", "b"), x)       (a member tag keeps its receiver as this)
    //
    // TemplateObject is the site's frozen strings array (cooked values, undefined for an invalid escape,
    // and a frozen `raw`), created once per realm and site.
    private BoundExpression BindTaggedTemplate(TaggedTemplateExpression tagged)
    {
        var span = Span(tagged);
        var callee = BindExpression(tagged.Tag);
        var strings = ImmutableArray.CreateBuilder<BoundExpression>();
        foreach (var quasi in tagged.Quasi.Quasis)
        {
            strings.Add(new BoundLiteral(quasi.Value.Cooked is { } cooked ? ConstantValue.FromString(cooked) : ConstantValue.Undefined, span));
            strings.Add(new BoundLiteral(ConstantValue.FromString(quasi.Value.Raw), span));
        }
        var arguments = ImmutableArray.CreateBuilder<BoundExpression>();
        arguments.Add(new BoundIntrinsic(IntrinsicKind.TemplateObject, strings.ToImmutable(), span));
        foreach (var expression in tagged.Quasi.Expressions) arguments.Add(BindExpression(expression));
        return new BoundCall(callee, arguments.ToImmutable(), span);
    }
}
